import type { ServiceWords } from '../../domain/avklaring/fromText';

/**
 * How staff name the services of the coordinator table in a message (folded: æ→ae, ø→o, å→a; matched at a word
 * start, "\b" ends a whole word), by service id, both languages. Used only to fill in the avklaring form from a
 * typed question, for the user to check; a profile offers the ids it has.
 */
export const SERVICE_WORDS: ServiceWords = {
  'skole-barnehage': ['skole', 'barnehage', 'kontaktlaerer', 'laereren', 'rektor', 'school\\b(?! nurse| health)', 'kindergarten', 'nursery', 'teacher\\b'],
  fysioterapeut: ['fysio', 'physio'],
  ergoterapeut: ['ergo', 'occupational therap'],
  miljotjenesten: ['miljotjenest', 'miljoarbeider'],
  'fact-ung': ['fact ung', 'fact\\b'],
  utekontakten: ['utekontakt', 'oppsokende', 'outreach'],
  'kultur-fritid': ['kultur', 'fritid', 'mentor', 'leisure'],
  helsesykepleier: ['helsesykepleier', 'helsesoster', 'helsestasjon', 'skolehelsetjenest', 'health nurse', 'school nurse', 'health visitor', 'health station'],
  'selnes-seminaret-avlastning': ['selnes', 'seminaret', 'avlastning', 'respite'],
  avlastning: ['avlastning', 'respite'],
  barneverntjenesten: ['barnevern', 'child welfare', 'child protection'],
  barnebolig: ['barnebolig'],
  tildelingskontoret: ['tildelingskontor', 'allocation office'],
  ppt: ['ppt\\b', 'pedagogisk psykologisk', 'educational psychology'],
  bup: ['bup\\b', 'psykisk helsevern for barn', 'camhs'],
  barnehabilitering: ['habilitering', 'habilitation'],
  lavterskelteamet: ['lavterskel', 'low threshold'],
  fastlege: ['fastlege', 'legen\\b', 'gp\\b', 'family doctor'],
  nav: ['nav\\b'],
};
