import { describe, it, expect } from 'vitest';
import fc from '../support/fastCheck';
import { stripInvisibleFormatting, INVISIBLE_FORMATTING } from '../../src/domain/text';
import { meetingFormFields } from '../../src/domain/meetings';
import { isNationalIdNumber } from '../../src/domain/guidance/nationalId';

/** Bidi overrides and zero-width characters in free text are removed at the form's zod boundary. */
const LISTED = [
  ...Array.from({ length: 5 }, (_, i) => 0x202a + i), // LRE RLE PDF LRO RLO
  ...Array.from({ length: 4 }, (_, i) => 0x2066 + i), // LRI RLI FSI PDI
  ...Array.from({ length: 5 }, (_, i) => 0x200b + i), // ZWSP ZWNJ ZWJ LRM RLM
  0xfeff,
  0x2060,
].map((c) => String.fromCodePoint(c));

const form = (over: Record<string, unknown>) => ({
  meetingType: 'samarbeidsmote', caseRef: 'BTI-2026-0042', date: '2026-06-10', start: '09:00', end: '10:00',
  invitees: '00000000-0000-4000-8000-000000000001', ...over,
});

describe('stripInvisibleFormatting', () => {
  it('removes every listed character and nothing else', () => {
    for (const ch of LISTED) expect(stripInvisibleFormatting(`a${ch}b`), ch.codePointAt(0)!.toString(16)).toBe('ab');
    expect(stripInvisibleFormatting('Møterom 2 – «Solsikken», 3. etg.')).toBe('Møterom 2 – «Solsikken», 3. etg.');
    expect(stripInvisibleFormatting('مكتب ١٢')).toBe('مكتب ١٢');
  });

  it('leaves no invisible formatting in any string', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...LISTED)), { maxLength: 20 }), (parts) => {
        const out = stripInvisibleFormatting(parts.join(''));
        expect(new RegExp(INVISIBLE_FORMATTING.source).test(out)).toBe(false);
        expect(out).toBe(parts.join('').replace(INVISIBLE_FORMATTING, ''));
      }),
    );
  });
});

describe('the meeting form removes them from place, agenda and the interpreter language', () => {
  it('stores the visible text only', () => {
    const parsed = meetingFormFields.parse(
      form({ place: '\u202ERom 1.12\u202C', agenda: '- Sta\u200Btus\n\uFEFF2. Tiltak\u2066 videre\u2069', interpreterLanguage: 'ara\u200Dbisk' }),
    );
    expect(parsed.place).toBe('Rom 1.12');
    expect(parsed.agenda).toEqual(['Status', 'Tiltak videre']);
    expect(parsed.interpreterLanguage).toBe('arabisk');
  });

  it('treats a field of invisible characters only as empty', () => {
    const parsed = meetingFormFields.parse(form({ place: '\u200B\u202E\u2060', agenda: '\u200B\n\uFEFF' }));
    expect(parsed.place).toBeUndefined();
    expect(parsed.agenda).toEqual([]);
  });

  it('cannot hide an identity number from the check by splitting it with zero-width characters', () => {
    // A synthetic number with valid check digits, found here rather than written down.
    const candidates = Array.from({ length: 100_000 }, (_, i) => `010203${String(i).padStart(5, '0')}`);
    const id = candidates.find((c) => isNationalIdNumber(c)) as string;
    expect(id).toBeDefined();
    expect(meetingFormFields.safeParse(form({ place: `Rom ${id.slice(0, 6)} ${id.slice(6)}` })).success).toBe(false);
    expect(meetingFormFields.safeParse(form({ place: `Rom ${id.slice(0, 6)}\u200B${id.slice(6)}` })).success).toBe(false);
    expect(meetingFormFields.safeParse(form({ agenda: `${id.slice(0, 3)}\u2060${id.slice(3)}` })).success).toBe(false);
  });
});
