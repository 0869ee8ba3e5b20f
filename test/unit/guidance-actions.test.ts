import { describe, expect, it, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ActionRegistry } from '../../src/actions/registry';
import type { CardPress, OutMessage, Reply, Turn } from '../../src/actions/types';
import type { Bot } from '../../src/runtime/teamsAi/app';
import type { BotDeps } from '../../src/bot/deps';
import { guidanceFeature } from '../../src/bot/guidance';
import { nluFeature } from '../../src/bot/nlu';
import { runPress } from '../../src/bot/pipeline';
import { createLogger } from '../../src/log';
import { guidanceTextKeys } from '../../src/bot/guidance/texts';
import { t, type Locale } from '../../src/i18n';

/**
 * The guidance job and the free-text router on the action layer, in process: no HTTP, no Teams SDK, no store.
 * A fake Turn records what is sent; presses go through the same schema check the runtime uses (runPress).
 */

const logger = createLogger('silent');
const deps = { config: { profile: 'tromso-2025', defaultLocale: 'nb' }, logger, now: () => new Date('2026-12-01T10:00:00Z') } as unknown as BotDeps;

function fakeTurn(locale: Locale = 'nb'): Turn & { sent: OutMessage[] } {
  const sent: OutMessage[] = [];
  let current = locale;
  return {
    sent,
    actor: { id: 'u1', aadObjectId: 'aad-1', name: 'Alice' },
    place: { conversationId: 'c1', conversationType: 'personal', owner: 'conv:c1' },
    get locale() {
      return current;
    },
    log: logger,
    send: async (message) => {
      sent.push(message);
      return `a${sent.length}`;
    },
    update: async () => undefined,
    members: async () => [],
    reference: () => ({ conversation: { id: 'c1' } }),
    releaseStoreSlot: () => undefined,
    setLocale: (next) => {
      current = next;
    },
  };
}

function fakePress(verb: string, data: Record<string, unknown>, locale: Locale = 'nb'): CardPress & { sent: OutMessage[] } {
  const turn = fakeTurn(locale);
  return Object.assign(turn, { verb, data, automatic: false });
}

/** Every text on a card, in order. */
function texts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
      if (o.type === 'TextRun' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

const cardOf = (answer: Reply) => {
  if (answer.kind !== 'card') throw new Error(`expected a card, got the message "${answer.text}"`);
  return answer.card;
};

let registry: ActionRegistry;
const others: string[] = [];

beforeAll(() => {
  registry = new ActionRegistry();
  // Another job's command the free-text router may hand a question to.
  registry.text({ name: 'cases.list', priority: 20, matches: (text) => text === 'saker', run: async (text) => void others.push(text) });
  const bot = { jobs: registry, warmUps: [] } as unknown as Bot;
  guidanceFeature(bot, deps);
  nluFeature(bot, deps);
});

const press = (verb: string, data: Record<string, unknown>, locale: Locale = 'nb') => {
  const action = registry.cardActions().find((a) => a.verb === verb);
  if (!action) throw new Error(`no action ${verb}`);
  const p = fakePress(verb, data, locale);
  return runPress(action, p).then((answer) => ({ answer, sent: p.sent }));
};

const command = (name: string) => registry.textCommands().find((c) => c.name === name)!;

describe('the meldeplikt helper as card actions', () => {
  it('the start button (only the language every button is stamped with) opens question 1 without a notice', async () => {
    const { answer } = await press('guidance.decide', { locale: 'nb' });
    const all = texts(cardOf(answer));
    expect(all[0]).toBe('Skal jeg melde? Spørsmål 1');
    expect(all.join(' ')).not.toMatch(/starter på nytt/);
    expect(all.join(' ')).toMatch(/vold i nære relasjoner eller for seksuelle overgrep/);
  });

  it('a tampered or stale press restarts with the notice, in the press language', async () => {
    for (const data of [{ node: 'no-such-node', answer: 'yes' }, { node: 'vold-overgrep', answer: 'maybe' }, { surprise: 1 }]) {
      const all = texts(cardOf((await press('guidance.decide', data, 'en')).answer));
      expect(all[0]).toBe('Should I report? Question 1');
      expect(all.join(' ')).toContain(t('en', 'guidance.decide.stale'));
    }
  });

  it('yes to the first question is the emergency outcome, cited to the level 0 note of source 002', async () => {
    const all = texts(cardOf((await press('guidance.decide', { node: 'vold-overgrep', answer: 'yes', n: 1 })).answer));
    expect(all[0]).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
    expect(all).toContain('Ikke si noe til foreldrene.');
    expect(all.some((x) => /^Kilde: BTI-veilederen \(Tromsø\) – Nivå 0, trinn 1/.test(x))).toBe(true);
  });

  it('a navigator press with data out of range opens level 0, step 1', async () => {
    const good = texts(cardOf((await press('guidance.nav', { level: 2, step: 1 })).answer));
    const bad = texts(cardOf((await press('guidance.nav', { level: 7, step: 'x' })).answer));
    expect(good.join(' ')).toMatch(/Trinn 2 av/);
    expect(bad.join(' ')).toMatch(/Trinn 1 av/);
  });
});

describe('the emergency route as a text command', () => {
  it('sends the emergency card first and the tool asked for after it, in a message that says so', async () => {
    const turn = fakeTurn('nb');
    const emergency = command('guidance.emergency');
    expect(emergency.matches('hvordan snakker jeg med barn om vold')).toBe(true);
    await emergency.run('hvordan snakker jeg med barn om vold', turn);
    expect(turn.sent).toHaveLength(2);
    expect(texts(turn.sent[0]!.card)[0]).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
    expect(turn.sent[1]!.text).toBe('Du spurte også om dette:');
  });
});

describe('the verktøy message extension as a search command', () => {
  const search = () => registry.searchCommands().find((s) => s.commandId === 'searchVerktoy')!;

  it('a query about violence gets the emergency route first, with its preview, then the tools', async () => {
    const result = await search().run({ text: 'samtale vold', count: 25, skip: 0 }, fakeTurn('en'));
    expect(result.items[0]!.preview.title).toBe('Act today: contact child welfare and/or the police');
    expect(result.items[0]!.preview.text).toMatch(/^If the child is in danger right now, call 112\./);
    expect(result.items.length).toBeGreaterThan(1);
  });

  it('pages through the results and lists the popular tools for an empty query', async () => {
    const all = await search().run({ text: '', count: 25, skip: 0 }, fakeTurn());
    const page = await search().run({ text: '', count: 2, skip: 1 }, fakeTurn());
    expect(all.items.length).toBeGreaterThan(2);
    expect(page.items.map((i) => i.preview.title)).toEqual(all.items.slice(1, 3).map((i) => i.preview.title));
  });
});

describe('the free-text router hands other jobs their own questions', () => {
  it('a help-card button for another job runs that job’s command and says so', async () => {
    others.length = 0;
    const { answer } = await press('nlu.choose', { intent: 'cases', locale: 'nb' });
    expect(others).toEqual(['saker']);
    expect(answer).toEqual({ kind: 'message', text: t('nb', 'nlu.choose.done') });
  });

  it('a job that is not installed gets the help card instead', async () => {
    const { answer } = await press('nlu.choose', { intent: 'referat' });
    expect(texts(cardOf(answer))[0]).toBe(t('nb', 'help.title'));
  });

  it('a tampered choice is the unknown-action message', async () => {
    expect((await press('nlu.choose', { intent: 'drop table' })).answer).toEqual({ kind: 'message', text: t('nb', 'error.unknownAction') });
  });

  it('runCommand runs a registered command by name, else says no', async () => {
    const registryOnly = new ActionRegistry();
    const turn = fakeTurn();
    expect(await registryOnly.runCommand('meetings.new', 'nytt møte', turn)).toBe(false);
    const asked: string[] = [];
    registryOnly.text({ name: 'meetings.new', priority: 30, matches: () => false, run: async (text) => void asked.push(`meetings.new:${text}`) });
    expect(await registryOnly.runCommand('meetings.new', 'nytt møte', turn)).toBe(true);
    expect(await registryOnly.runCommand('nothing', 'x', turn)).toBe(false);
    expect(asked).toEqual(['meetings.new:nytt møte']);
  });
});

describe('meldeplikt texts', () => {
  it('every code of the meldeplikt rules has its own text in both languages', () => {
    const keys = guidanceTextKeys();
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      const nb = t('nb', key);
      const en = t('en', key);
      expect(nb.length, key).toBeGreaterThan(0);
      expect(en.length, key).toBeGreaterThan(0);
      expect(en, key).not.toBe(nb);
    }
  });

  it('the guidance rules hold no texts, and the converted handlers choose no words by language themselves', () => {
    const root = path.resolve(__dirname, '../..');
    const read = (dir: string) =>
      fs
        .readdirSync(path.join(root, dir))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => [path.join(dir, f), fs.readFileSync(path.join(root, dir, f), 'utf8')] as const);
    const domain = [...read('src/domain/guidance'), ['src/domain/sources.ts', fs.readFileSync(path.join(root, 'src/domain/sources.ts'), 'utf8')] as const];
    expect(domain.length).toBeGreaterThan(5);
    // A text is a literal with words in it; `${prefix}${section}` built from i18n and content is not.
    const literal = /\b(?:nb|en):\s*(?:'[^']*\p{L}|"[^"]*\p{L}|`[^`$]*\p{L})/u;
    expect(literal.test("{ nb: 'Barnet blir utsatt for vold' }")).toBe(true);
    expect(domain.filter(([, text]) => literal.test(text)).map(([f]) => f)).toEqual([]);
    const handlers = [...read('src/bot/guidance'), ...['src/bot/nlu.ts', 'src/bot/help.ts', 'src/bot/language.ts'].map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')] as const)];
    expect(handlers.filter(([, text]) => /locale\s*===\s*['"](?:en|nb)['"]/.test(text)).map(([f]) => f)).toEqual([]);
  });
});
