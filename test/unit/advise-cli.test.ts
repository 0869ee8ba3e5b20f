import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAdviceInput } from '../../src/domain/avklaring';
import { adviceInWords } from '../../src/present/phrase';
import { citationLabel } from '../../src/present/sources';
import type { Citation } from '../../src/domain/sources';
import { run } from '../../src/cli/advise';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLES = ['examples/case-tromso.json', 'examples/case-vestre-toten.json', 'examples/case-unborn.json'];

type Run = { status: number | null; stdout: string; stderr: string };

/** The CLI in-process: the same `run` the command calls, with its output captured (a spawn costs seconds). */
function cli(...args: string[]): Run {
  let stdout = '';
  let stderr = '';
  const status = run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

/** The real command, as a person runs it: exit code and streams of a child process. */
function spawned(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/advise.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The advice the engine gives in-process, to compare the CLI against (no hard-coded answers). */
function expected(file: string) {
  const parsed = parseAdviceInput(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file} is not a valid example`);
  return adviceInWords(parsed.value);
}

/** The advice as the CLI's JSON gives it: every citation with its line in both languages, as before citations were codes. */
function asJson(advice: ReturnType<typeof expected>): unknown {
  return JSON.parse(
    JSON.stringify(advice, (key, value: unknown) => {
      if (key !== 'source') return value;
      const c = value as Citation;
      return { doc: c.doc, section: c.section, label: { nb: citationLabel(c, 'nb'), en: citationLabel(c, 'en') } };
    }),
  );
}

const noStackTrace = (text: string): void => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/ZodError|TypeError|SyntaxError:/);
};

let dir: string;
const write = (name: string, content: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'advise-cli-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('advise CLI: good input', () => {
  it.each(EXAMPLES)('%s → exit 0 with readable bokmål advice', (file) => {
    const advice = expected(file);
    if (!advice.ok) throw new Error('example must give advice');
    const r = cli(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Hvem bør koordinere?');
    expect(r.stdout).toContain(advice.profile.displayName.nb);
    expect(r.stdout).toContain(advice.planType.name.nb);
    for (const c of advice.candidates) expect(r.stdout).toContain(`${c.rank}. ${c.name.nb}`);
    const suggested = advice.candidates.find((c) => c.serviceId === advice.suggestedServiceId);
    if (suggested) expect(r.stdout).toContain(`Forslag: ${suggested.name.nb}`);
    expect(r.stdout).toContain('Kilde: ');
    noStackTrace(r.stdout + r.stderr);
  });

  it('--json prints exactly the advice object', () => {
    const r = cli(EXAMPLES[1], '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(asJson(expected(EXAMPLES[1])));
    expect(r.stdout).toMatch(/"label": \{\n\s+"nb": "Kilde: /);
  });

  it('--locale en prints English', () => {
    const r = cli('--locale', 'en', EXAMPLES[0]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Who should coordinate?');
    expect(r.stdout).toContain('Source: ');
    expect(r.stdout).not.toContain('Kilde: ');
  });

  it('an age outside 0–23 is an answer (exit 0) without advice', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, EXAMPLES[0]), 'utf8')) as Record<string, unknown>;
    const file = write('adult.json', JSON.stringify({ ...raw, ageYears: 24 }));
    const r = cli(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('0 til og med 23');
    expect(r.stdout).toContain('Ingen råd gitt');
    expect(r.stdout).not.toContain('Forslag:');
  });
});

describe('advise CLI: bad input exits 1 with a clear message', () => {
  it('names the field and what is wrong', () => {
    const file = write(
      'bad.json',
      JSON.stringify({ ageYears: 5, measuresArena: 'school', seriousCondition: false, mustCooperateOverTime: true, consentInPlace: true, services: [{ serviceId: 'fysio-ergo', followUp: 'daily' }] }),
    );
    const r = cli(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Ugyldig sak');
    expect(r.stderr).toContain('services[0].followUp');
    expect(r.stderr).toContain('weekly, several-monthly');
    expect(r.stderr).toContain('measuresArena');
    expect(r.stdout).toBe('');
    noStackTrace(r.stderr);
  });

  it('refuses a child’s name and says why', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, EXAMPLES[0]), 'utf8')) as Record<string, unknown>;
    const r = cli(write('name.json', JSON.stringify({ ...raw, navn: 'Kari' })));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('fødselsnummer');
    expect(r.stderr).not.toContain('Kari');
  });

  it('a file that is not JSON', () => {
    const r = cli(write('broken.json', '{ "ageYears": 5,'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ikke gyldig JSON');
    noStackTrace(r.stderr);
  });

  it('a file that does not exist, and a folder', () => {
    const missing = cli(path.join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('finnes ikke');
    const folder = cli(dir);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain('mappe');
    noStackTrace(missing.stderr + folder.stderr);
  });

  it('no file, an unknown option or an unknown locale → usage', () => {
    for (const args of [[], [EXAMPLES[0], '--verbose'], [EXAMPLES[0], '--locale', 'de']]) {
      const r = cli(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('npm run advise -- <case.json>');
      expect(r.stderr).toMatch(/^Bruk:/m);
    }
    const english = cli(EXAMPLES[0], '--locale', 'en', '--verbose');
    expect(english.stderr).toContain('unknown option --verbose');
    expect(english.stderr).toMatch(/^Usage:/m);
  });

  it('English messages with --locale en', () => {
    const r = cli(write('bad2.json', JSON.stringify({ services: [] })), '--locale', 'en');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Invalid case');
    expect(r.stderr).toContain('services: needs at least 1');
  });
});

describe('advise CLI: the real command in a child process', () => {
  it('prints advice and exits 0 for a good case, exits 1 with a plain message for a bad one', () => {
    const good = spawned(EXAMPLES[0]);
    expect(good.status).toBe(0);
    expect(good.stdout).toBe(cli(EXAMPLES[0]).stdout);
    const bad = spawned(write('broken-spawn.json', '{'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('ikke gyldig JSON');
    expect(bad.stdout).toBe('');
    noStackTrace(bad.stderr);
  });
});
