import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, messageExtensionQuery, makeUser } from '../support/activities';
import { manifestCommands, localizedCommandTitles, readManifestTemplate, APP_PACKAGE_DIR } from '../../scripts/lib/manifest';

/**
 * Every command the Teams app manifest offers (the nb titles, and the en-US titles Teams shows English
 * users) gets a real answer from the bot, not the fallback help card; the message extension answers too.
 */
const manifest = readManifestTemplate();
const { botCommands, composeCommandIds } = manifestCommands(manifest);
const english = localizedCommandTitles(manifest, JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'en-US.json'), 'utf8')));
const user = makeUser(3);
const HELP_MARKERS = ['Dette kan jeg hjelpe med', 'What I can help with'];

describe('every command in the app manifest is answered', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('the manifest lists the seven commands in both languages', () => {
    expect(botCommands).toHaveLength(7);
    expect(english).toHaveLength(7);
    expect(composeCommandIds).toEqual(['searchVerktoy']);
  });

  const cases = [...botCommands.map((c) => [c, 'nb-NO'] as const), ...english.map((c) => [c, 'en-US'] as const)];
  it.each(cases)('"%s" (%s) gets its own answer', async (command, locale) => {
    const conversationId = `19:cmd-${encodeURIComponent(command)}-${locale}@thread.v2`;
    h.connector.setRoster(conversationId, [{ id: user.id, name: user.name, aadObjectId: user.aadObjectId }]);
    h.connector.clear();
    const res = await h.post(messageActivity({ serviceUrl: h.connector.url, conversationId, locale }, user, command));
    expect(res.status).toBe(200);
    const sent = h.connector.sent(conversationId);
    expect(sent.length).toBeGreaterThan(0);
    const reply = JSON.stringify(sent.map((s) => s.body));
    const isHelpCommand = /^(hjelp|help)$/i.test(command);
    for (const marker of HELP_MARKERS) {
      if (isHelpCommand) expect(reply).toContain(locale === 'en-US' ? 'What I can help with' : 'Dette kan jeg hjelpe med');
      else expect(reply, `"${command}" fell through to the help card`).not.toContain(marker);
    }
  });

  it.each(composeCommandIds)('message extension %s answers with results', async (commandId) => {
    const res = await h.post(messageExtensionQuery({ serviceUrl: h.connector.url }, user, commandId, 'samtykke'));
    expect(res.status).toBe(200);
    expect(res.body.composeExtension.attachments.length).toBeGreaterThan(0);
  });
});
