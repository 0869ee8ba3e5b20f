import { describe, it, expect } from 'vitest';
import { formCard, invitationCard } from '../../src/bot/meetings/cards';
import { statusCard } from '../../src/bot/meetings/status';
import { nextWriterName, referatOverviewCard, type ReferatCaseView } from '../../src/bot/referat/overview';
import { t } from '../../src/i18n';
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
        t(locale, 'meetings.prompt.child-invite-when-possible'),
        t(locale, 'meetings.prompt.child-weight-from-12'),
        t(locale, 'meetings.prompt.child-of-age-16'),
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

/** Every action of a card: its own, those of ActionSets anywhere in the body, and those inside ShowCards. */
function allActions(node: Json, out: Json[] = []): Json[] {
  if (Array.isArray(node)) {
    for (const n of node) allActions(n, out);
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  if (typeof node.type === 'string' && node.type.startsWith('Action.')) out.push(node);
  for (const key of ['body', 'items', 'columns', 'actions', 'card']) if (node[key]) allActions(node[key], out);
  return out;
}

describe('the invitation card', () => {
  const people = [K, A, B, C].map((m) => ({ aadObjectId: m, name: NAMES[m]!, teamsId: `29:teams-${m.slice(-1)}`, role: 'professional' as const }));
  const base = meeting(M1, '2026-11-20T08:00:00.000Z', { people, coordinator: { aadObjectId: K, name: NAMES[K]!, teamsId: '29:teams-9' } });
  const view = (over: Partial<MeetingDoc> = {}, rsvps: Json[] = []) => ({
    meeting: { ...base, ...over },
    rsvps,
    rotation: rotation([{ meetingId: M1, writer: A, at: '2026-11-01T10:00:00Z', status: 'assigned' }]),
    caseDoc,
  });
  const before = (locale: 'nb' | 'en' = 'nb', over: Partial<MeetingDoc> = {}) => invitationCard(locale, view(over), { publicUrl: 'https://bti.example.no', now: NOW }) as Json;
  const started = (locale: 'nb' | 'en' = 'nb') => invitationCard(locale, view(), { publicUrl: 'https://bti.example.no', now: new Date('2026-11-20T08:30:00Z') }) as Json;
  const verbs = (card: Json) => new Set(allActions(card).map((a: Json) => a.verb ?? a.type));

  it('puts the three answers first, with the only positive button on "Kommer"', () => {
    for (const card of [before('nb'), started('en')]) {
      // The first buttons on the card, top to bottom, are the answers, right under the tally.
      const first = allActions(card).slice(0, 3);
      expect(first.map((a: Json) => a.data?.answer)).toEqual(['yes', 'no', 'maybe']);
      expect(first.every((a: Json) => a.mode !== 'secondary')).toBe(true);
      const positive = allActions(card).filter((a: Json) => a.style === 'positive');
      expect(positive.map((a: Json) => a.data?.answer)).toEqual(['yes']);
      expect(cardProblems(card)).toEqual([]);
    }
  });

  it('says of each referat button that it is about the referat', () => {
    for (const [locale, word] of [['nb', /referat|referent/i], ['en', /minute/i]] as const) {
      const titles = allActions(started(locale)).filter((a: Json) => String(a.verb ?? '').startsWith('referat.') || /skip/.test(JSON.stringify(a.card ?? ''))).map((a: Json) => a.title);
      expect(titles.length).toBeGreaterThanOrEqual(4);
      for (const title of titles) expect(title).toMatch(word);
    }
    const nb = allActions(before('nb')).map((a: Json) => a.title);
    expect(nb).toContain('Jeg skriver referatet');
    expect(nb).toContain('Bytt referent');
    expect(nb).toContain('Hopp over referat');
  });

  it('offers "Referatet er skrevet" only once the meeting has started, and then as the main referat button', () => {
    expect(verbs(before())).not.toContain('referat.written');
    expect(JSON.stringify(before())).toContain('«Referatet er skrevet» kommer på kortet når møtet har begynt.');
    const after = started();
    expect(verbs(after)).toContain('referat.written');
    const written = allActions(after).find((a: Json) => a.verb === 'referat.written');
    expect(written.mode).not.toBe('secondary');
    expect(allActions(after).find((a: Json) => a.verb === 'referat.volunteer').mode).toBe('secondary');
  });

  it('keeps the less-used actions in the overflow menu and everything reachable', () => {
    const card = before();
    const secondary = allActions(card).filter((a: Json) => a.mode === 'secondary').map((a: Json) => a.verb ?? a.type);
    expect(secondary.sort()).toEqual(['Action.OpenUrl', 'Action.ShowCard', 'Action.ShowCard', 'meeting.edit', 'referat.swap'].sort());
    for (const v of ['meeting.rsvp', 'referat.volunteer', 'referat.swap', 'referat.skip', 'meeting.edit', 'meeting.cancel', 'Action.OpenUrl']) expect(verbs(card)).toContain(v);
    // Visible buttons: the three answers and one referat button; the rest behind the card's … menus.
    const shown = (n: Json): Json[] => (Array.isArray(n) ? n.flatMap(shown) : !n || typeof n !== 'object' ? [] : [
      ...(String(n.type).startsWith('Action.') && n.mode !== 'secondary' ? [n] : []),
      ...['body', 'items', 'columns', 'actions'].flatMap((k) => (n[k] ? shown(n[k]) : [])),
    ]);
    expect(shown(card).map((a: Json) => a.title)).toEqual(['Kommer', 'Kommer ikke', 'Usikker', 'Jeg skriver referatet']);
    expect(allActions(card).find((a: Json) => a.type === 'Action.OpenUrl').url).toBe('https://bti.example.no/ics/q7Vb3kP0xY2mN8rT5wZ1aC4dE6fG9hJ0?v=0');
  });

  it('says how often it was changed in plain words, and what changed', () => {
    expect(JSON.stringify(before('nb', { sequence: 1 }))).toContain('Innkallingen er endret én gang.');
    expect(JSON.stringify(before('nb', { sequence: 2 }))).toContain('Innkallingen er endret 2 ganger.');
    expect(JSON.stringify(before('en', { sequence: 1 }))).toContain('The invitation has been changed once.');
    expect(JSON.stringify(before('en', { sequence: 3 }))).toContain('The invitation has been changed 3 times.');
    expect(JSON.stringify(before('nb', { sequence: 2 }))).not.toMatch(/\(er\)|\(s\)|Kortversjon/);
    const moved = before('nb', { sequence: 1, answersFrom: 1, lastChange: { sequence: 1, kinds: ['time'], previousStartUtc: '2026-11-20T09:00:00.000Z', previousEndUtc: '2026-11-20T10:00:00.000Z' } });
    expect(JSON.stringify(moved)).toContain('Tiden er endret. Før: fredag 20. november 2026 kl. 10:00–11:00.');
  });

  it('mentions people only in the TextBlock Teams renders mentions in, and never in the fallback text', () => {
    const card = before();
    const json = JSON.stringify(card);
    const tags = json.match(/<at>[^<]*<\/at>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    const textBlocks: string[] = [];
    const walk = (n: Json) => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (!n || typeof n !== 'object') return;
      if (n.type === 'TextBlock') textBlocks.push(n.text);
      for (const v of Object.values(n)) if (v && typeof v === 'object' && v !== card.msteams) walk(v);
    };
    walk({ ...card, msteams: undefined });
    const inBlocks = textBlocks.join('\n').match(/<at>[^<]*<\/at>/g) ?? [];
    // Every tag outside msteams.entities is in a TextBlock, and every entity's tag is in the text.
    expect(inBlocks.length + card.msteams.entities.length).toBe(tags.length);
    for (const e of card.msteams.entities) expect(textBlocks.join('\n')).toContain(e.text);
    expect(String(card.fallbackText)).not.toContain('<at>');
  });
});

describe('the referat overview', () => {
  it('gives every date in the same human form, also for an entry whose meeting is no longer stored', () => {
    const v: ReferatCaseView = {
      caseDoc,
      rotation: rotation([
        { meetingId: M0, writer: A, at: '2026-06-01T10:00:00Z', status: 'written' },
        { meetingId: M1, writer: B, at: '2026-11-01T10:00:00Z', status: 'assigned' },
      ]),
      meetings: [meeting(M1, '2026-11-20T08:00:00.000Z')],
    };
    const lines: string[] = [];
    const walk = (n: Json) => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (!n || typeof n !== 'object') return;
      if (n.type === 'TextBlock') lines.push(n.text);
      Object.values(n).forEach(walk);
    };
    walk(referatOverviewCard('nb', [v], NOW));
    expect(lines.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(lines).toContain('mandag 1. juni 2026: Anne Lærer skrev referatet (—)');
    expect(lines).toContain('fredag 20. november 2026: Bjørn PPT skal skrive (Samarbeidsmøte)');
  });
});

describe('the meeting form with problems', () => {
  const card = (errors: { field?: Json; text: string }[]) =>
    formCard('nb', { mode: 'new', values: {}, errors, cases: [{ ref: 'BTI-2026-0042' }], people: [{ aadObjectId: A, name: NAMES[A]! }], now: NOW }) as Json;

  it('lists every problem at the top, each on its own line under the label the person sees, and again under the input', () => {
    const c = card([
      { field: 'date', text: 'Datoen har allerede vært.' },
      { field: 'invitees', text: 'Velg minst én person som skal inviteres.' },
      { field: 'form', text: 'Du er ikke med i denne saken.' },
    ]);
    const top = c.body.find((e: Json) => e.type === 'Container' && e.style === 'attention');
    expect(top.items[0].text).toBe('3 ting må rettes før jeg kan sende innkallingen:');
    expect(top.items.slice(1).map((i: Json) => i.text)).toEqual([
      '**Dato** – Datoen har allerede vært.',
      '**Hvem skal inviteres?** – Velg minst én person som skal inviteres.',
      'Du er ikke med i denne saken.',
    ]);
    const i = c.body.findIndex((e: Json) => e.id === 'date');
    expect(c.body[i + 1]).toMatchObject({ type: 'Container', style: 'attention', items: [{ type: 'TextBlock', text: 'Datoen har allerede vært.' }] });
    const j = c.body.findIndex((e: Json) => e.id === 'invitees');
    expect(c.body[j + 1]).toMatchObject({ type: 'Container', items: [{ type: 'TextBlock', text: 'Velg minst én person som skal inviteres.' }] });
    // No internal field names anywhere.
    expect(JSON.stringify(c.body)).not.toMatch(/\b(invitees|caseRef|meetingType):/);
    expect(cardProblems(c)).toEqual([]);
    expect(card([{ field: 'end', text: 'x' }]).body.find((e: Json) => e.style === 'attention').items[0].text).toBe('Én ting må rettes før jeg kan sende innkallingen:');
  });
});
