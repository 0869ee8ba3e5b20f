import { describe, it, expect } from 'vitest';
import { formCard, invitationCard } from '../../src/bot/meetings/cards';
import { statusCard } from '../../src/bot/meetings/status';
import { nextWriterName, referatOverviewCard, type ReferatCaseView } from '../../src/bot/referat/overview';
import { guidancePrompt } from '../../src/domain/meetings';
import type { CaseDoc } from '../../src/store/cases';
import type { MeetingDoc } from '../../src/store/meetings';
import type { ReferatDoc } from '../../src/store/referat';
import { cardProblems } from '../support/cardCheck';

/** What the meeting form, the invitation, `status` and `referat` show. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cards are free-form JSON inspected by the tests
type Json = any;
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const [A, B, C, K] = [id(1), id(2), id(3), id(9)];
const NAMES: Record<string, string> = { [A]: 'Anne Lærer', [B]: 'Bjørn PPT', [C]: 'Cecilie Helsesykepleier', [K]: 'Kari Koordinator' };
const NOW = new Date('2026-11-10T08:00:00Z');

const caseDoc: CaseDoc = {
  id: 'case:BTI-2026-0042',
  pk: 'conv:x',
  type: 'case',
  ops: [],
  ref: 'BTI-2026-0042',
  profileId: 'tromso-2025',
  createdAt: '2026-01-10T10:00:00Z',
  createdBy: K,
  members: [K, A, B, C].map((m) => ({ aadObjectId: m, name: NAMES[m]!, role: 'professional' as const })),
  coordinatorHistory: [],
  status: 'open',
};

function meeting(meetingId: string, startUtc: string, over: Partial<MeetingDoc> = {}): MeetingDoc {
  const end = new Date(Date.parse(startUtc) + 3_600_000).toISOString();
  return {
    id: `meeting:${meetingId}`, pk: 'conv:x', type: 'meeting', ops: [], caseRef: 'BTI-2026-0042', meetingId, meetingType: 'samarbeidsmote',
    date: startUtc.slice(0, 10), start: '09:00', end: '10:00', startUtc, endUtc: end, place: 'Rom 1', agenda: [], invitees: [A, B, C],
    childInvited: false, interpreterNeeded: false, sequence: 0, status: 'scheduled',
    people: [K, A, B, C].map((m) => ({ aadObjectId: m, name: NAMES[m]!, role: 'professional' as const })),
    coordinator: { aadObjectId: K, name: NAMES[K]! }, icsToken: 'q7Vb3kP0xY2mN8rT5wZ1aC4dE6fG9hJ0', conversationId: '19:x@thread.v2',
    createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z', ...over,
  };
}

const rotation = (history: ReferatDoc['history']): ReferatDoc => ({
  id: 'referat:BTI-2026-0042', pk: 'conv:x', type: 'referat', ops: [], caseRef: 'BTI-2026-0042', version: 1, order: [A, B, C], history,
});

const M1 = 'a'.repeat(32);
const M0 = 'b'.repeat(32);

describe('who writes next, on `status` and `referat`', () => {
  // A is already given the next meeting: the rotation alone would say B, the invitation says A.
  const view: ReferatCaseView = {
    caseDoc,
    rotation: rotation([{ meetingId: M1, writer: A, at: '2026-11-01T10:00:00Z', status: 'assigned' }]),
    meetings: [meeting(M1, '2026-11-20T08:00:00.000Z')],
  };

  it('names the writer already assigned to the next meeting, as the invitation does', () => {
    expect(nextWriterName(view, NOW)).toBe('Anne Lærer');
    expect(JSON.stringify(referatOverviewCard('nb', [view], NOW))).toContain('Neste: Anne Lærer');
    const status = statusCard('nb', [view], NOW) as Json;
    expect(JSON.stringify(status)).toContain('"title":"Skriver referat neste gang","value":"Anne Lærer"');
  });

  it('leaves out a cancelled or finished meeting and then shows who is next in line', () => {
    const cancelled = { ...view, meetings: [meeting(M1, '2026-11-20T08:00:00.000Z', { status: 'cancelled' })] };
    expect(nextWriterName(cancelled, NOW)).toBe('Bjørn PPT');
    expect(nextWriterName(view, new Date('2026-11-21T08:00:00Z'))).toBe('Bjørn PPT');
  });

  it('the next meeting without a writer, or no meeting at all: the first in line', () => {
    const written: ReferatCaseView = { caseDoc, rotation: rotation([{ meetingId: M0, writer: A, at: '2026-10-01T10:00:00Z', status: 'written' }]), meetings: [] };
    expect(nextWriterName(written, NOW)).toBe('Bjørn PPT');
    const noWriterYet = { ...written, meetings: [meeting(M1, '2026-11-20T08:00:00.000Z')] };
    expect(nextWriterName(noWriterYet, NOW)).toBe('Bjørn PPT');
    expect(nextWriterName({ ...written, rotation: undefined }, NOW)).toBeUndefined();
  });
});

describe('the meeting form', () => {
  const form = (locale: 'nb' | 'en') => formCard(locale, { mode: 'new', values: {}, errors: [], cases: [{ ref: 'BTI-2026-0042' }], people: [{ aadObjectId: A, name: NAMES[A]! }], now: NOW }) as Json;

  it('shows the three child participation prompts right after the "child invited" toggle', () => {
    for (const locale of ['nb', 'en'] as const) {
      const body = form(locale).body as Json[];
      const toggle = body.findIndex((b) => b.id === 'childInvited');
      expect(toggle).toBeGreaterThan(-1);
      const prompts = (body[toggle + 1].items as Json[]).map((i) => i.text);
      expect(prompts).toEqual([
        guidancePrompt('child-invite-when-possible').text[locale],
        guidancePrompt('child-weight-from-12').text[locale],
        guidancePrompt('child-of-age-16').text[locale],
      ]);
    }
    const nb = JSON.stringify(form('nb'));
    expect(nb).toMatch(/12 år/);
    expect(nb).toMatch(/16-åring er ungdommen myndig i helsesaker/);
    expect(cardProblems(form('nb'))).toEqual([]);
  });
});

describe('the invitation for the one who saved it', () => {
  const view = { meeting: meeting(M1, '2027-10-31T00:30:00.000Z'), rsvps: [], rotation: undefined, caseDoc };
  const warning = 'Natt til siste søndag i oktober går klokka fra 03:00 tilbake til 02:00.';

  it('carries the doubled-hour note when given, and not otherwise', () => {
    const withNote = invitationCard('nb', view, { publicUrl: 'https://bti.example.no', now: NOW, warnings: [warning] });
    expect(JSON.stringify(withNote)).toContain(`Merk: ${warning}`);
    expect(cardProblems(withNote)).toEqual([]);
    expect(JSON.stringify(invitationCard('nb', view, { publicUrl: 'https://bti.example.no', now: NOW }))).not.toContain('Merk:');
  });
});
