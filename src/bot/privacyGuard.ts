import { containsNationalIdNumber, valueHoldsNationalIdNumber } from '../domain/guidance/nationalId';

/**
 * Runs before every turn: if the message text or anything typed into a card holds a Norwegian identity
 * number (fødselsnummer, D-, H- or synthetic number, old or 2032 series: see src/domain/guidance/nationalId.ts),
 * the turn stops there. Nothing of it is stored, logged or echoed; the user gets a friendly warning instead
 * (privacy.idNumber, refused by gate() in src/bot/pipeline.ts).
 */
export function activityHasIdNumber(activity: { text?: unknown; value?: unknown }): boolean {
  if (typeof activity.text === 'string' && containsNationalIdNumber(activity.text)) return true;
  return valueHasIdNumber(activity.value);
}

/** Whether card data holds an identity number anywhere, leaving out the ids the bot and Teams put there. */
export function valueHasIdNumber(value: unknown): boolean {
  return valueHoldsNationalIdNumber(value, isMachineId);
}

/**
 * Identifiers the bot and Teams put into card data: our lowercase hex ids (at least one letter, so a typed
 * run of digits never qualifies) and person ids (GUID-like groups of hex digits joined by dashes, alone or as
 * the comma-separated value of a multi-select). They are random, so about one in 40,000 holds 11 digits that
 * pass every fødselsnummer check (measured: 51 of 2 million 24-character ids); scanning them would lock people
 * out of that case's card for good. They are never free text, so they are left out. The group lengths are not
 * pinned to the RFC's 8-4-4-4-12: Teams ids are opaque, and local clients (the Agents Playground) use others;
 * four or more dash-joined hex groups, 32 characters or more, is not how anyone types an identity number.
 */
// At least 32 characters long (a UUID has 36): an identity number written with dashes is far shorter.
const PERSON_ID = '(?=[0-9a-f-]{32,120}(?:,|$))[0-9a-f]{1,16}(?:-[0-9a-f]{1,16}){3,7}';
const MACHINE_ID = new RegExp(`^(?:(?=[0-9]*[a-f])[0-9a-f]{16,64}|${PERSON_ID}(?:,${PERSON_ID})*)$`, 'i');

export const isMachineId = (s: string): boolean => MACHINE_ID.test(s);
