/** Bokmål texts of the command-line tools (`npm run advise`). */
export const cli = {
  'cli.usage': 'Bruk: npm run advise -- <case.json> [--json] [--locale nb|en]',
  'cli.badLocale': '--locale må være nb eller en (fikk {value})',
  'cli.nothing': 'ingenting',
  'cli.unknownOption': 'ukjent valg {option}',
  'cli.oneFile': 'bare én fil (fikk også {file})',
  'cli.missingFile': 'mangler fil',
  'cli.cannotRead': 'Kan ikke lese {file}: {why}.',
  'cli.why.ENOENT': 'filen finnes ikke',
  'cli.why.EISDIR': 'det er en mappe, ikke en fil',
  'cli.why.EACCES': 'mangler lesetilgang',
  'cli.why.other': 'ukjent feil ({code})',
  'cli.notJson': '{file} er ikke gyldig JSON: {detail}',
  'cli.invalidCase': 'Ugyldig sak i {file}:',
  'cli.internal': 'Intern feil: {detail}',
};
