import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The layering the README describes: only the runtimes (src/runtime/<name>) and the Teams glue still in src/bot
 * may import a Teams SDK. Rules, storage, content, cards, texts and the action layer stay framework-neutral, so
 * a second runtime replaces one folder.
 */
const ROOT = path.resolve(__dirname, '../..');
const SDK_IMPORT = /from\s+['"](botbuilder[^'"]*|@microsoft\/teams[^'"]*|botframework-[^'"]*)['"]/;

/** Folders that must never import an SDK, and single files of jobs that already speak the action layer. */
const NEUTRAL = [
  'src/domain',
  'src/store',
  'src/content',
  'src/actions',
  'src/i18n',
  'src/cards',
  'src/bot/cases',
  'src/bot/mentions.ts',
  'src/bot/guidance',
  'src/bot/nlu.ts',
  'src/bot/help.ts',
  'src/bot/language.ts',
  'src/bot/privacyGuard.ts',
  'src/bot/avklaring',
  'src/bot/meetings',
  'src/bot/referat',
  'src/bot/pipeline.ts',
  'src/runtime/inbound.ts',
];

/** The Teams SDK 2 runtime speaks @microsoft/teams.* only: nothing of botbuilder or Teams AI v1. */
const BOTBUILDER_IMPORT = /from\s+['"](botbuilder[^'"]*|@microsoft\/teams-ai[^'"]*|botframework-[^'"]*)['"]/;

function files(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [dir];
  return fs.readdirSync(full, { withFileTypes: true }).filter((e) => !e.name.startsWith('.')).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('layering', () => {
  it.each(NEUTRAL)('%s imports no Teams SDK', (dir) => {
    const list = files(dir);
    expect(list.length).toBeGreaterThan(0);
    const offenders = list.filter((f) => SDK_IMPORT.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('src/runtime/teamsSdk imports nothing of botbuilder or Teams AI v1', () => {
    const list = files('src/runtime/teamsSdk');
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((f) => BOTBUILDER_IMPORT.test(fs.readFileSync(path.join(ROOT, f), 'utf8')))).toEqual([]);
    expect(BOTBUILDER_IMPORT.test("import { TurnContext } from 'botbuilder';")).toBe(true);
    expect(BOTBUILDER_IMPORT.test("import { App } from '@microsoft/teams.apps';")).toBe(false);
  });

  it('src/ imports nothing from test/ (card samples and other test data stay out of the build)', () => {
    const list = files('src');
    expect(list.length).toBeGreaterThan(50);
    const offenders = list.filter((f) => /from\s+['"](\.\.\/)+test\//.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
    expect(list.filter((f) => /samples?\.ts$/.test(f))).toEqual([]);
  });

  it('the rule itself catches an SDK import', () => {
    expect(SDK_IMPORT.test("import { TurnContext } from 'botbuilder';")).toBe(true);
    expect(SDK_IMPORT.test("import { App } from '@microsoft/teams.apps';")).toBe(true);
    expect(SDK_IMPORT.test("import { z } from 'zod';")).toBe(false);
  });
});
