import { describe, it, expect } from 'vitest';
import { citationLabel } from '../../src/present/sources';
import {
  CHILD_PARTICIPATION_PROMPTS,
  INTERPRETER_PROMPTS,
  MEETING_RULE_PROMPTS,
  MEETING_TYPES,
  MEETING_TYPE_INFO,
  meetingPrompts,
  type GuidancePrompt,
} from '../../src/domain/meetings';
import { t, type TextKey } from '../../src/i18n';

const promptKey = (id: string) => `meetings.prompt.${id}` as TextKey;

const all: readonly GuidancePrompt[] = [...CHILD_PARTICIPATION_PROMPTS, ...INTERPRETER_PROMPTS, ...MEETING_RULE_PROMPTS];
const text = (id: string) => (all.some((p) => p.id === id) ? t('nb', promptKey(id)) : '');

describe('meeting guidance texts', () => {
  it('every prompt has nb and en text and a citation naming document and section', () => {
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    const withText = [
      ...all.map((p) => ({ ...p, key: promptKey(p.id) })),
      ...MEETING_TYPES.map((type) => ({ id: type, key: `meetings.type.${type}.description` as TextKey, source: MEETING_TYPE_INFO[type].source })),
    ];
    for (const p of withText) {
      const nb = t('nb', p.key);
      const en = t('en', p.key);
      expect(nb.length, p.id).toBeGreaterThan(20);
      expect(en.length, p.id).toBeGreaterThan(20);
      expect(nb).not.toBe(en);
      expect(['000', '001', '002', '003', '004']).toContain(p.source.doc);
      expect(citationLabel(p.source, 'nb').startsWith('Kilde: ')).toBe(true);
      expect(citationLabel(p.source, 'nb')).toContain(p.source.section);
      expect(citationLabel(p.source, 'en').startsWith('Source: ')).toBe(true);
      expect(citationLabel(p.source, 'en')).toContain(p.source.sectionEn);
    }
  });

  it('carries the facts: maturity, 12 years, 16 years, telephone interpreter, no relatives', () => {
    expect(text('child-invite-when-possible')).toMatch(/alder.*modenhet.*funksjon/);
    expect(text('child-weight-from-12')).toContain('12');
    expect(text('child-of-age-16')).toContain('16');
    expect(text('interpreter-telephone')).toMatch(/telefontolk/);
    expect(text('interpreter-no-relatives')).toMatch(/slektninger.*venner/);
    expect(text('twice-a-year')).toMatch(/to ganger i året/);
    for (const p of INTERPRETER_PROMPTS) expect(p.source).toMatchObject({ doc: '003', section: '11. Bruk av tolk' });
  });

  it('shows the family-not-present note for an avklaringsmøte, child and interpreter prompts otherwise', () => {
    expect(meetingPrompts({ meetingType: 'avklaringsmote' }).map((p) => p.id)).toEqual(['staff-only-coordinator-talk']);
    const withTolk = meetingPrompts({ meetingType: 'samarbeidsmote', interpreterNeeded: true }).map((p) => p.id);
    expect(withTolk).toContain('child-invite-when-possible');
    expect(withTolk).toContain('interpreter-telephone');
    expect(withTolk).toContain('interpreter-no-relatives');
    expect(withTolk).not.toContain('interpreter-when');
    expect(withTolk).not.toContain('staff-only-coordinator-talk');
    expect(meetingPrompts({ meetingType: 'arbeidsmote' }).map((p) => p.id)).toContain('interpreter-when');
  });

  it('marks exactly the avklaringsmøte as staff-only and the two full-group meetings as coordination meetings', () => {
    expect(MEETING_TYPES.filter((t) => MEETING_TYPE_INFO[t].staffOnly)).toEqual(['avklaringsmote']);
    expect(MEETING_TYPES.filter((t) => MEETING_TYPE_INFO[t].coordinationMeeting)).toEqual(['samarbeidsmote', 'ansvarsgruppemote']);
  });
});
