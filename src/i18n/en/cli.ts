import type { cli as nb } from '../nb/cli';
import type { TextsOf } from '../types';

/** English texts of the command-line tools (`npm run advise`). */
export const cli: TextsOf<typeof nb> = {
  'cli.usage': 'Usage: npm run advise -- <case.json> [--json] [--locale nb|en]',
  'cli.badLocale': '--locale must be nb or en (got {value})',
  'cli.nothing': 'nothing',
  'cli.unknownOption': 'unknown option {option}',
  'cli.oneFile': 'only one file (also got {file})',
  'cli.missingFile': 'missing file',
  'cli.cannotRead': 'Cannot read {file}: {why}.',
  'cli.why.ENOENT': 'the file does not exist',
  'cli.why.EISDIR': 'it is a folder, not a file',
  'cli.why.EACCES': 'no permission to read it',
  'cli.why.other': 'unknown error ({code})',
  'cli.notJson': '{file} is not valid JSON: {detail}',
  'cli.invalidCase': 'Invalid case in {file}:',
  'cli.internal': 'Internal error: {detail}',
};
