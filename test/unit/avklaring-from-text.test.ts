import { describe, it, expect } from 'vitest';
import { ageFromText, servicesFromText } from '../../src/domain/avklaring/fromText';
import { SERVICE_WORDS } from '../../src/content/profiles/serviceWords';
import { getProfile } from '../../src/content/municipalities';

/** What a typed "who should coordinate?" question already says, read for the form to show back. */
describe('the avklaring form filled in from the question', () => {
  it('reads the child\'s age only where the text gives it as the age', () => {
    const said: [string, number | undefined][] = [
      ['hvem skal koordinere for en gutt på 7 år', 7],
      ['vi er tre tjenester rundt en jente på 14', 14],
      ['en 15-åring med mye fravær', 15],
      ['han er 16 år og bor i barnebolig', 16],
      ['a 9-year-old with the school nurse', 9],
      ['aged 3, with physio', 3],
      ['hun er 0 år', 0],
      // Not the child's age: time, frequency, school year, outside 0–23, a case number.
      ['jeg har vært koordinator i tre år', undefined],
      ['hun har vært koordinator i 3 år', undefined],
      ['møte to ganger i året', undefined],
      ['eleven på 10. trinn', undefined],
      ['gutt på 7 timer i uka med assistent', undefined],
      ['hun er 25 år', undefined],
      ['hvem koordinerer BTI-2026-0042', undefined],
    ];
    for (const [text, age] of said) expect(ageFromText(text), text).toBe(age);
  });

  it('ticks the services a question names, from the profile\'s own list, in its order', () => {
    const offered = getProfile('tromso-2025').services.filter((s) => !s.legacy).map((s) => s.id);
    const read = (text: string) => servicesFromText(text, offered, SERVICE_WORDS);
    expect(read('får hjelp fra PPT og helsesykepleier')).toEqual(['helsesykepleier', 'ppt']);
    expect(read('vi er skole, BUP og barnevern inne')).toEqual(['skole-barnehage', 'barneverntjenesten', 'bup']);
    expect(read('the school nurse and CAMHS')).toEqual(['helsesykepleier', 'bup']);
    expect(read('fastlegen og NAV er inne')).toEqual(['fastlege', 'nav']);
    expect(read('åpne nivånavigatoren')).toEqual([]);
    // A service another profile has is not ticked here.
    const vt = getProfile('vestre-toten').services.map((s) => s.id);
    expect(servicesFromText('hun er på avlastning på Selnes', vt, SERVICE_WORDS)).toEqual(['avlastning']);
    expect(vt).not.toContain('selnes-seminaret-avlastning');
  });

  it('every service a profile offers has words, or is a catch-all the user ticks by hand', () => {
    for (const id of ['tromso-2025', 'vestre-toten'] as const) {
      const missing = getProfile(id)
        .services.filter((s) => !s.legacy && !SERVICE_WORDS[s.id])
        .map((s) => s.id);
      expect(missing, id).toEqual(['annen-helse', 'annen-tjeneste']);
    }
  });
});
