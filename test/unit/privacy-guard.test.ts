import { describe, expect, it } from 'vitest';
import fc, { FC_SEED } from '../support/fastCheck';
import { activityHasIdNumber, isMachineId, valueHasIdNumber } from '../../src/bot/privacyGuard';
import { isNationalIdNumber, REDACTED } from '../../src/domain/guidance';
import { createLogger, errorFields } from '../../src/log';
import type { TurnContext } from 'botbuilder';
import { SERIES, sampleNumber, writtenForms } from '../support/nationalIds';
import { validNumberArb } from '../support/nationalIdArbitraries';

// 01.01.1990 with an individual number whose check digits exist; the search keeps the test data honest.
function validNumber(): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let ind = 100; ind < 500; ind++) {
    const d = `010190${ind}`.split('').map(Number);
    const k1 = (11 - (w1.reduce((s, w, i) => s + w * d[i]!, 0) % 11)) % 11;
    const k2 = (11 - (w2.reduce((s, w, i) => s + w * [...d, k1][i]!, 0) % 11)) % 11;
    if (k1 !== 10 && k2 !== 10) return `010190${ind}${k1}${k2}`;
  }
  throw new Error('no valid number');
}
const fnr = validNumber();

type Activity = TurnContext['activity'];
const press = (data: Record<string, unknown>) =>
  ({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'x', data } } }) as unknown as Activity;

describe('privacy guard and the ids the bot and Teams put into cards', () => {
  it('uses a number that really passes the identity-number checks', () => {
    expect(isNationalIdNumber(fnr)).toBe(true);
  });

  it('lets a bot-issued hex id through even when 11 of its characters happen to form a valid number', () => {
    const avklaringId = `ab${fnr}cdef0123abc`;
    expect(avklaringId).toMatch(/^[a-f0-9]{24}$/);
    expect(activityHasIdNumber(press({ avklaringId, cardVersion: 3 }))).toBe(false);
    const proposalId = `e${fnr}abcd`;
    expect(activityHasIdNumber(press({ avklaringId: 'f'.repeat(24), proposalId }))).toBe(false);
  });

  it('lets AAD object ids through, alone and as a multi-select value', () => {
    const aad = `00000000-0000-4000-8000-a${fnr}`;
    expect(isMachineId(aad)).toBe(true);
    expect(activityHasIdNumber(press({ participants: [aad, '11111111-2222-4333-8444-555555555555'].join(',') }))).toBe(false);
  });

  it('lets GUID-like ids that are not RFC-shaped through too (the Agents Playground: last group of 13 digits)', () => {
    const playground = `00000000-0000-0000-0000-${fnr}00`;
    expect(isMachineId(playground)).toBe(true);
    expect(activityHasIdNumber(press({ invitees: [playground, '00000000-0000-0000-0000-0000000000021'].join(',') }))).toBe(false);
    // The number itself written with dashes is no id.
    const dashed = `${fnr.slice(0, 2)}-${fnr.slice(2, 4)}-${fnr.slice(4, 6)}-${fnr.slice(6)}`;
    expect(isMachineId(dashed)).toBe(false);
  });

  it('still refuses the number typed anywhere as text, also next to an id', () => {
    expect(activityHasIdNumber(press({ avklaringId: 'f'.repeat(24), agenda: fnr }))).toBe(true);
    expect(activityHasIdNumber(press({ place: `rom 2, ${fnr.slice(0, 6)} ${fnr.slice(6)}` }))).toBe(true);
    expect(activityHasIdNumber(press({ note: `fnr${fnr}` }))).toBe(true);
    // Only digits is never an id, however long the field.
    expect(isMachineId(fnr)).toBe(false);
    expect(activityHasIdNumber(press({ proposalId: fnr }))).toBe(true);
    // A UUID list with typed text after it is text.
    expect(activityHasIdNumber(press({ participants: `11111111-2222-4333-8444-555555555555, ${fnr}` }))).toBe(true);
  });
});

describe('privacy guard and account numbers', () => {
  const message = (text: string) => ({ type: 'message', text }) as unknown as Activity;

  it('lets an 11-digit number through after an account word, in a message and in a card field', () => {
    // The same digits are a valid fødselsnummer: only the account word makes the difference.
    expect(activityHasIdNumber(message(`Refusjon til kontonr. ${fnr}, takk`))).toBe(false);
    expect(activityHasIdNumber(message(`bankkonto: ${fnr}`))).toBe(false);
    expect(activityHasIdNumber(press({ note: `Utlegg betales til konto ${fnr}` }))).toBe(false);
  });

  it('still refuses the same digits without the account word, or grouped like an id', () => {
    expect(activityHasIdNumber(message(`Refusjon til ${fnr}, takk`))).toBe(true);
    expect(activityHasIdNumber(message(`kontonr. ${fnr.slice(0, 6)} ${fnr.slice(6)}`))).toBe(true);
    expect(activityHasIdNumber(press({ note: fnr }))).toBe(true);
  });
});

describe('logged errors never carry an identity number', () => {
  it('errorFields redacts a number quoted in an error message, plain or grouped', () => {
    const err = new Error(`Unexpected token in JSON at "note":"fnr ${fnr}" and ${fnr.slice(0, 6)} ${fnr.slice(6)}`);
    const fields = errorFields(err);
    expect(fields.error).toBe('Error');
    expect(String(fields.errorMessage)).not.toContain(fnr.slice(6));
    expect(String(fields.errorMessage)).toContain(REDACTED);
    expect(String(errorFields(`boom ${fnr}`).error)).not.toContain(fnr);
  });

  it('a number that straddles the 300-character cut is still removed, not left half', () => {
    const err = new Error(`${'x'.repeat(295)}${fnr}`);
    const msg = String(errorFields(err).errorMessage);
    expect(msg.length).toBeLessThanOrEqual(300);
    expect(msg).not.toMatch(/\d{5}/);
  });

  it('the logger writes the redacted message', () => {
    const lines: string[] = [];
    const log = createLogger('debug', {}, (l) => lines.push(l));
    log.error('x.failed', errorFields(new TypeError(`bad value ${fnr}`)));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(fnr);
    expect(JSON.parse(lines[0]!).errorMessage).toBe(`bad value ${REDACTED}`);
  });
});

describe('privacy guard: every series, in text and in card inputs', () => {
  const message = (text: string) => ({ type: 'message', text }) as unknown as Activity;

  it.each(SERIES.flatMap((series) => [0, 1, 2, 3].map((r) => [series, r] as const)))('%s with first-check remainder %i is refused in a message and in a card', (series, remainder) => {
    const n = sampleNumber(series, remainder);
    for (const form of writtenForms(n)) {
      expect(activityHasIdNumber(message(`Gjelder eleven ${form}`))).toBe(true);
      expect(activityHasIdNumber(press({ agenda: `Punkt 1: ${form}` }))).toBe(true);
    }
  });

  it('a number input that arrives as a JSON number is checked, also with its leading zero lost', () => {
    const n = sampleNumber('fnr');
    expect(n.startsWith('0')).toBe(true);
    expect(valueHasIdNumber({ ageYears: Number(n) })).toBe(true);
    expect(valueHasIdNumber({ ageYears: 7, count: 12345678, org: 912345678 })).toBe(false);
  });

  it('the avklaring form and the meeting form use this same check: eleven digits that fail the checks pass', () => {
    const n = sampleNumber('fnr');
    const broken = n.slice(0, 9) + ((Number(n[9]) + 1) % 10) + n[10];
    expect(valueHasIdNumber({ note: broken })).toBe(false);
    expect(activityHasIdNumber(message(`sak ${broken}`))).toBe(false);
  });
});

describe('privacy guard: no false positives on ids, phone numbers and organisation numbers (property)', () => {
  const message = (text: string) => ({ type: 'message', text }) as unknown as Activity;
  const seed = FC_SEED;
  const validArb = validNumberArb.map((x) => x.number);
  const hex = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: min, maxLength: max });

  it('bot hex ids and AAD object ids that carry a valid number inside are let through', () => {
    fc.assert(
      fc.property(validArb, hex(2, 20), hex(1, 20), fc.uuid(), (n, before, after, uuid) => {
        const id = `${before}a${n}f${after}`;
        const aad = uuid.slice(0, 24) + `a${n}`;
        expect(isMachineId(aad)).toBe(true);
        expect(activityHasIdNumber(press({ avklaringId: id, participants: `${uuid},${aad}` }))).toBe(false);
        // Typed next to the id, the same digits are refused.
        expect(activityHasIdNumber(press({ avklaringId: id, note: n }))).toBe(true);
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('phone numbers and organisation numbers in card inputs and messages', () => {
    const phone = fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 9_999_999 })).map(([a, b]) => `${a}${String(b).padStart(7, '0')}`);
    const org = fc.integer({ min: 800_000_000, max: 999_999_999 }).map(String);
    fc.assert(
      fc.property(phone, org, (p, o) => {
        const texts = [`+47 ${p}`, `+47 ${p.slice(0, 3)} ${p.slice(3, 5)} ${p.slice(5)}`, `${p} / ${p}`, `org.nr. ${o}`, `${o.slice(0, 3)} ${o.slice(3, 6)} ${o.slice(6)}`, o, `${o} ${p}`];
        for (const t of texts) {
          expect(activityHasIdNumber(message(`ring ${t}`)), t).toBe(false);
          expect(activityHasIdNumber(press({ place: t, phone: Number(p), org: Number(o) })), t).toBe(false);
        }
      }),
      { seed, numRuns: 2000 },
    );
  });

});
