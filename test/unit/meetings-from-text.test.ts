import { describe, it, expect } from 'vitest';
import { meetingFromText } from '../../src/domain/meetings/fromText';

/** A typed request for a meeting, read for the form to show back (Thursday 3 December 2026, 10:00 in Oslo). */
describe('the meeting form filled in from the request', () => {
  const now = new Date('2026-12-03T09:00:00Z');
  const read = (text: string) => meetingFromText(text, now);

  it('reads the type, the day, the hours and the interpreter as said', () => {
    expect(read('kall inn til ansvarsgruppemøte tirsdag 14. januar kl 13-14 med tolk på arabisk')).toEqual({
      meetingType: 'ansvarsgruppemote',
      date: '2027-01-14',
      start: '13:00',
      end: '14:00',
      interpreterNeeded: 'true',
      interpreterLanguage: 'Arabisk',
    });
    expect(read('nytt samarbeidsmøte i morgen kl. 9.30–11')).toEqual({ meetingType: 'samarbeidsmote', date: '2026-12-04', start: '09:30', end: '11:00' });
    expect(read('innkalling til møte 12.1. fra kl 8 til 9')).toEqual({ date: '2027-01-12', start: '08:00', end: '09:00' });
    expect(read('kall inn til arbeidsmøte 1. mars 2027 13.00-14.00')).toMatchObject({ meetingType: 'arbeidsmote', date: '2027-03-01', start: '13:00', end: '14:00' });
    expect(read('call a responsibility group meeting on tuesday at 13 with an interpreter for Somali')).toEqual({
      meetingType: 'ansvarsgruppemote',
      date: '2026-12-08',
      start: '13:00',
      interpreterNeeded: 'true',
      interpreterLanguage: 'Somali',
    });
  });

  it('a weekday is the next one; "neste" is that day next week; a date gone this year is next year\'s', () => {
    expect(read('møte fredag kl 10').date).toBe('2026-12-04');
    expect(read('møte neste fredag kl 10').date).toBe('2026-12-11');
    expect(read('møte torsdag').date).toBe('2026-12-10');
    expect(read('møte 2. desember').date).toBe('2027-12-02');
    expect(read('møte 3. desember').date).toBe('2026-12-03');
  });

  it('leaves out what is unclear or impossible', () => {
    expect(read('nytt møte')).toEqual({});
    expect(read('møte om en gutt på 7 år')).toEqual({});
    expect(read('samarbeidsmøte 30.2.')).toEqual({ meetingType: 'samarbeidsmote' });
    expect(read('møte kl 25')).toEqual({});
    expect(read('møte kl 14-13')).toEqual({ start: '14:00' });
    expect(read('vi trenger tolk')).toEqual({ interpreterNeeded: 'true' });
    expect(read('møte for BTI-2026-0042 kl 14-15')).toEqual({ start: '14:00', end: '15:00' });
  });
});
