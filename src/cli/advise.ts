import * as fs from 'node:fs';
import { advise, parseAdviceInput } from '../domain/avklaring';
import type { Citation } from '../domain/sources';
import { t, type Locale, type TextKey } from '../i18n';
import { formatAdvice } from '../present/advicePlain';
import { inWords, say } from '../present/phrase';
import { citationLabel } from '../present/sources';

/**
 * `npm run advise -- <case.json> [--json] [--locale en]`
 * Prints who should coordinate for the case in the file. Exit 0 with advice (also when the age is outside BTI,
 * which is an answer, not an error); exit 1 with a plain message when the file or its content is wrong.
 * Never prints a stack trace: the people running this are not necessarily developers.
 */

type Args = { file: string; json: boolean; locale: Locale };

/** Where the CLI writes; `run` takes it so the tests can run the CLI in-process instead of spawning tsx each time. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CliOutput = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

class UsageError extends Error {
  constructor(readonly key?: TextKey, readonly params: Record<string, string> = {}) {
    super(key ?? 'usage');
  }
}

/** The language asked for, read before the rest so even a mistake in the arguments is reported in it. */
function requestedLocale(argv: string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (i < 0) return 'nb';
  return (argv[i] === '--locale' ? argv[i + 1] : argv[i]!.slice('--locale='.length)) === 'en' ? 'en' : 'nb';
}

export function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let json = false;
  let locale: Locale = 'nb';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg === '--locale' ? argv[++i] : arg.slice('--locale='.length);
      if (value !== 'nb' && value !== 'en') throw new UsageError('cli.badLocale', { value: value ?? t(requestedLocale(argv), 'cli.nothing') });
      locale = value;
    } else if (arg === '--help' || arg === '-h') throw new UsageError();
    else if (arg.startsWith('-')) throw new UsageError('cli.unknownOption', { option: arg });
    else if (file === undefined) file = arg;
    else throw new UsageError('cli.oneFile', { file: arg });
  }
  if (!file) throw new UsageError('cli.missingFile');
  return { file, json, locale };
}

/** The JSON gives every citation its line in both languages ("Kilde: …", "Source: …"), as a card shows it. */
function withCitationLabels(this: unknown, key: string, value: unknown): unknown {
  if (key !== 'source' || !value || typeof value !== 'object' || !('sectionEn' in value)) return value;
  const c = value as Citation;
  return { doc: c.doc, section: c.section, label: { nb: citationLabel(c, 'nb'), en: citationLabel(c, 'en') } };
}

const READ_ERRORS: Record<string, TextKey> = { ENOENT: 'cli.why.ENOENT', EISDIR: 'cli.why.EISDIR', EACCES: 'cli.why.EACCES' };

export function run(argv: string[], io: CliOutput = processOutput): number {
  const fail = (message: string): number => {
    io.err(message.endsWith('\n') ? message : `${message}\n`);
    return 1;
  };
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const locale = requestedLocale(argv);
    const usage = t(locale, 'cli.usage');
    return fail(err.key ? `${t(locale, err.key, err.params)}\n${usage}` : usage);
  }
  const { file, locale } = args;

  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '?';
    const why = READ_ERRORS[code] ? t(locale, READ_ERRORS[code]!) : t(locale, 'cli.why.other', { code });
    return fail(t(locale, 'cli.cannotRead', { file, why }));
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return fail(t(locale, 'cli.notJson', { file, detail: err instanceof Error ? err.message : String(err) }));
  }

  const parsed = parseAdviceInput(raw);
  if (!parsed.ok) return fail([t(locale, 'cli.invalidCase', { file }), ...parsed.issues.map((i) => `  - ${i.path}: ${say(i.message, locale)}`)].join('\n'));

  const advice = advise(parsed.value);
  io.out(args.json ? `${JSON.stringify(inWords(advice), withCitationLabels, 2)}\n` : formatAdvice(advice, locale));
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (err) {
    // A bug, not bad input: still one readable line rather than a stack trace.
    process.stderr.write(`${t(requestedLocale(process.argv.slice(2)), 'cli.internal', { detail: err instanceof Error ? err.message : String(err) })}\n`);
    process.exitCode = 1;
  }
}
