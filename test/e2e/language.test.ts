import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, installActivity, makeUser, executeActivity } from '../support/activities';
import { projectRoot } from '../../src/paths';

const alice = makeUser(11, 'Alice Fagperson');
const bob = makeUser(12, 'Bob Fagperson');
const CONV = '19:language@thread.v2';

describe('reply language: what the person wrote, their choice, Teams locale, the default', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  const conv = (locale: string) => ({ serviceUrl: h.connector.url, conversationId: CONV, locale });
  const helpOf = async (user = alice, locale = 'en-US', text = 'hjelp') => {
    h.connector.clear();
    await h.post(messageActivity(conv(locale), user, text));
    return JSON.stringify(h.connector.cards(CONV)[0]);
  };

  it('answers Norwegian text in Norwegian although Teams says en-US, and English text in English although it says nb-NO', async () => {
    expect(await helpOf(alice, 'en-US', 'hjelp')).toContain('Dette kan jeg hjelpe med');
    expect(await helpOf(alice, 'en-US', 'Hva kan du hjelpe meg med?')).toContain('Dette kan jeg hjelpe med');
    expect(await helpOf(alice, 'nb-NO', 'help')).toContain('What I can help with');
    // Nothing clear in the text: Teams' locale decides.
    expect(await helpOf(alice, 'en-US', '?')).toContain('What I can help with');
    expect(await helpOf(alice, 'nb-NO', '?')).toContain('Dette kan jeg hjelpe med');
  });

  it('a card answers a press in the language it was shown in, whatever Teams says (the card\'s buttons carry it)', async () => {
    type Action = { type?: string; verb?: string; data?: Record<string, unknown> };
    const executes = (node: unknown, out: Action[] = []): Action[] => {
      if (Array.isArray(node)) node.forEach((n) => executes(n, out));
      else if (node && typeof node === 'object') {
        const a = node as Action;
        if (a.type === 'Action.Execute') out.push(a);
        Object.values(node).forEach((v) => executes(v, out));
      }
      return out;
    };
    for (const [teams, text, shown, other] of [
      ['en-US', 'skal jeg melde til barnevernet?', /Skal jeg melde\? Spørsmål/, /Should I report\?/],
      ['nb-NO', 'duty to report to child welfare', /Should I report\? Question/, /Skal jeg melde\?/],
    ] as const) {
      h.connector.clear();
      await h.post(messageActivity(conv(teams), bob, text));
      const card = h.connector.cards(CONV)[0];
      const decide = executes(card).find((a) => a.verb === 'guidance.decide');
      expect(decide, 'the meldeplikt card offers the yes/no helper').toBeTruthy();
      expect(decide!.data?.locale).toBe(teams === 'en-US' ? 'nb' : 'en');
      // Pressed from the same Teams, which says the other language: the answer keeps the card's language.
      const press = await h.post(executeActivity(conv(teams), bob, 'guidance.decide', decide!.data ?? {}));
      expect(press.status).toBe(200);
      const answer = JSON.stringify(press.body.value);
      expect(answer).toMatch(shown);
      expect(answer).not.toMatch(other);
    }
  });

  it('remembers an explicit choice for that person only, also for card actions, and forgets it on "språk auto"', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv('nb-NO'), alice, 'språk engelsk'));
    expect(h.connector.sent(CONV)[0]?.body.text).toMatch(/answer you in English/);
    // Her choice wins over what she writes and over Teams' locale; Bob is not affected.
    expect(await helpOf(alice, 'nb-NO', 'hjelp')).toContain('What I can help with');
    expect(await helpOf(bob, 'nb-NO', 'hjelp')).toContain('Dette kan jeg hjelpe med');
    // A card press: the choice, not Teams' nb-NO.
    h.connector.clear();
    const press = await h.post(executeActivity(conv('nb-NO'), alice, 'guidance.meldeplikt', {}));
    expect(press.status).toBe(200);
    expect(JSON.stringify(press.body.value)).toMatch(/duty to report/i);

    // Only the language and a hash of the id are stored: not the id, the name or the Teams user id.
    const { resources } = await h.bot.store.container('conversations').items.query({ query: "SELECT * FROM c WHERE c.type = 'language'" }).fetchAll();
    expect(resources).toHaveLength(1);
    const stored = JSON.stringify(resources[0]);
    for (const personal of [alice.aadObjectId, alice.name, alice.id]) expect(stored).not.toContain(personal);
    expect(resources[0]).toMatchObject({ language: 'en' });

    h.connector.clear();
    await h.post(messageActivity(conv('en-US'), alice, 'language norwegian'));
    expect(h.connector.sent(CONV)[0]?.body.text).toMatch(/svarer deg på norsk/);
    expect(await helpOf(alice, 'en-US', 'help')).toContain('Dette kan jeg hjelpe med');

    h.connector.clear();
    await h.post(messageActivity(conv('nb-NO'), alice, 'språk auto'));
    expect(h.connector.sent(CONV)[0]?.body.text).toMatch(/glemt språkvalget/);
    const after = await h.bot.store.container('conversations').items.query({ query: "SELECT * FROM c WHERE c.type = 'language'" }).fetchAll();
    expect(after.resources).toHaveLength(0);
    expect(await helpOf(alice, 'en-US', 'help')).toContain('What I can help with');
  });

  it('a card that names its language in the action data is answered in it, whatever Teams says', async () => {
    const press = await h.post(executeActivity(conv('en-US'), bob, 'guidance.meldeplikt', { locale: 'nb' }));
    expect(JSON.stringify(press.body.value)).toContain('Meldeplikt til barnevernet');
    const plain = await h.post(executeActivity(conv('en-US'), bob, 'guidance.meldeplikt', {}));
    expect(JSON.stringify(plain.body.value)).not.toContain('Meldeplikt til barnevernet');
  });

  it('explains the command when asked for a language it does not speak', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv('nb-NO'), alice, 'språk tysk'));
    expect(h.connector.sent(CONV)[0]?.body.text).toMatch(/språk norsk.*språk engelsk/);
  });

  it('welcomes in Teams\' locale, also when it is only in the clientInfo entity, else in the default', async () => {
    h.connector.clear();
    await h.post({ ...installActivity(conv('en-US'), alice), locale: undefined, entities: [{ type: 'clientInfo', locale: 'en-US' }] });
    expect(JSON.stringify(h.connector.cards(CONV)[0])).toContain("Hi! I'm BTI-bot");
    h.connector.clear();
    await h.post({ ...installActivity(conv('en-US'), alice), locale: undefined });
    expect(JSON.stringify(h.connector.cards(CONV)[0])).toContain('Hei! Jeg er BTI-bot');
  });
});

describe('command buttons on the help and welcome cards', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  const conv = () => ({ serviceUrl: h.connector.url, conversationId: CONV, locale: 'en-US' });

  it('every help-card button is an Action.Execute the bot routes, answered in the card\'s language', async () => {
    h.connector.clear();
    // Norwegian text in an English Teams: a Norwegian help card.
    await h.post(messageActivity(conv(), alice, 'hjelp'));
    const help = h.connector.cards(CONV)[0];
    expect(JSON.stringify(help)).toContain('Dette kan jeg hjelpe med');
    const buttons = JSON.stringify(help).match(/"type":"Action\.[A-Za-z]+"/g) ?? [];
    expect(buttons.length).toBeGreaterThanOrEqual(4);
    expect(new Set(buttons)).toEqual(new Set(['"type":"Action.Execute"']));
    const actions: { title: string; verb: string; data: Record<string, unknown> }[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (o.type === 'Action.Execute') actions.push(o as unknown as { title: string; verb: string; data: Record<string, unknown> });
        Object.values(o).forEach(walk);
      }
    };
    walk(help);
    const meldeplikt = actions.find((a) => a.title === 'Meldeplikt')!;
    expect(meldeplikt.data.locale).toBe('nb');
    const res = await h.post(executeActivity(conv(), alice, meldeplikt.verb, meldeplikt.data, 'help-card-1'));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body.value)).toContain('Meldeplikt til barnevernet');
    for (const action of actions) {
      const r = await h.post(executeActivity(conv(), alice, action.verb, action.data, 'help-card-1'));
      expect(r.status, action.title).toBe(200);
      expect(JSON.stringify(r.body), action.title).not.toMatch(/kjenner jeg ikke igjen|recognise this button/);
    }
  });

  it('the welcome card\'s help button posts the help card', async () => {
    h.connector.clear();
    await h.post(installActivity(conv(), alice));
    const welcome = JSON.stringify(h.connector.cards(CONV)[0]);
    expect(welcome).toContain('"Action.Execute"');
    h.connector.clear();
    const res = await h.post(executeActivity(conv(), alice, 'bot.command', { command: 'help', card: 'welcome' }, 'welcome-1'));
    expect(JSON.stringify(res.body.value)).toContain("Hi! I'm BTI-bot");
    expect(JSON.stringify(h.connector.cards(CONV)[0])).toContain('What I can help with');
  });

  it('a malformed press gets the clear "unknown button" message', async () => {
    const res = await h.post(executeActivity(conv(), alice, 'bot.command', { command: '' }, 'x'));
    expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(res.body.value).toMatch(/recognise this button/);
  });

  it('no card in cards/ uses Action.Submit with msteams data (imBack/messageBack), which some clients cannot extend', () => {
    const dir = path.join(projectRoot(), 'cards');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/imBack|messageBack/);
      // A card may carry msteams mention entities; a button's data may not.
      const walk = (n: unknown): void => {
        if (Array.isArray(n)) n.forEach(walk);
        else if (n && typeof n === 'object') {
          const o = n as Record<string, unknown>;
          if (typeof o.type === 'string' && o.type.startsWith('Action.') && o.data && typeof o.data === 'object') expect(Object.keys(o.data), file).not.toContain('msteams');
          Object.values(o).forEach(walk);
        }
      };
      walk(JSON.parse(text));
    }
  });
});
