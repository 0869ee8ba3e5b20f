import * as fs from 'node:fs';
import { advise, parseAdviceInput } from '../domain/avklaring';
import { formatAdvice } from '../present/advicePlain';
import { inWords, say } from '../present/phrase';
import { citationLabel } from '../present/sources';
import type { Citation } from '../domain/sources';

/**
 * `npm run advise -- <case.json> [--json] [--locale en]`
 * Prints who should coordinate for the case in the file. Exit 0 with advice (also when the age is outside BTI,
 * which is an answer, not an error); exit 1 with a plain message when the file or its content is wrong.
 * Never prints a stack trace: the people running this are not necessarily developers.
 */

type Locale = 'nb' | 'en';
type Args = { file: string; json: boolean; locale: Locale };

const USAGE = 'Bruk / usage: npm run advise -- <case.json> [--json] [--locale nb|en]';

class UsageError extends Error {}

export function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let json = false;
  let locale: Locale = 'nb';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg === '--locale' ? argv[++i] : arg.slice('--locale='.length);
      if (value !== 'nb' && value !== 'en') throw new UsageError(`--locale må være nb eller en / must be nb or en (fikk/got ${value ?? 'ingenting/nothing'})`);
      locale = value;
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-')) throw new UsageError(`ukjent valg / unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`bare én fil / only one file (fikk/got også/also ${arg})`);
  }
  if (!file) throw new UsageError('mangler fil / missing file');
  return { file, json, locale };
}

function fail(message: string): number {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  return 1;
}

/** The JSON gives every citation its line in both languages ("Kilde: …", "Source: …"), as a card shows it. */
function withCitationLabels(this: unknown, key: string, value: unknown): unknown {
  if (key !== 'source' || !value || typeof value !== 'object' || !('sectionEn' in value)) return value;
  const c = value as Citation;
  return { doc: c.doc, section: c.section, label: { nb: citationLabel(c, 'nb'), en: citationLabel(c, 'en') } };
}

export function run(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message ? `${err.message}\n${USAGE}` : USAGE);
    throw err;
  }
  const nb = args.locale === 'nb';

  let text: string;
  try {
    text = fs.readFileSync(args.file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? nb ? 'filen finnes ikke' : 'the file does not exist'
        : code === 'EISDIR'
          ? nb ? 'det er en mappe, ikke en fil' : 'it is a folder, not a file'
          : code === 'EACCES'
            ? nb ? 'mangler lesetilgang' : 'no permission to read it'
            : (code ?? 'ukjent feil / unknown error');
    return fail(nb ? `Kan ikke lese ${args.file}: ${why}.` : `Cannot read ${args.file}: ${why}.`);
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return fail(nb ? `${args.file} er ikke gyldig JSON: ${detail}` : `${args.file} is not valid JSON: ${detail}`);
  }

  const parsed = parseAdviceInput(raw);
  if (!parsed.ok) {
    const head = nb ? `Ugyldig sak i ${args.file}:` : `Invalid case in ${args.file}:`;
    return fail([head, ...parsed.issues.map((i) => `  - ${i.path}: ${say(i.message, args.locale)}`)].join('\n'));
  }

  const advice = advise(parsed.value);
  process.stdout.write(args.json ? `${JSON.stringify(inWords(advice), withCitationLabels, 2)}\n` : formatAdvice(advice, args.locale));
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (err) {
    // A bug, not bad input: still one readable line rather than a stack trace.
    process.stderr.write(`Intern feil / internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
