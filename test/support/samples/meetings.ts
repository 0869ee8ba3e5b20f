import { t } from '../../../src/i18n';
import type { AdaptiveCardJson } from '../../../src/cards/render';
import type { CardSample } from '../cardSamples';
import type { Locale } from '../../../src/i18n';
import type { CaseDoc } from '../../../src/store/cases';
import type { MeetingDoc, RsvpDoc } from '../../../src/store/meetings';
import type { ReferatDoc } from '../../../src/store/referat';
import { noticeCard } from '../../../src/bot/cases';
import { formCard, invitationCard } from '../../../src/bot/meetings/cards';
import { statusCard } from '../../../src/bot/meetings/status';
import { referatOverviewCard } from '../../../src/bot/referat/overview';

/**
 * The largest realistic meeting data (40 invitees with long names, 10 long agenda points, every answer given),
 * bound to every meeting and referat card, for the card checks (size, schema, rendering).
 */
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const LONG_NAMES = ['Kari Nordmann-Johannessen', 'Ola Fredrik Haraldsen Bakke', 'Ingrid Marie Solheim-Kristiansen', 'Mohammed Abdirahman Yusuf'];
const people = Array.from({ length: 41 }, (_, i) => ({
  aadObjectId: id(i + 1),
  name: `${LONG_NAMES[i % LONG_NAMES.length]} ${i + 1}`,
  teamsId: `29:1a2b3c4d5e6f7g8h9i0j-user-${i + 1}`,
  role: 'professional' as const,
}));
const coordinator = people[0]!;
const invitees = people.slice(1).map((p) => p.aadObjectId);

const caseDoc: CaseDoc = {
  id: 'case:BTI-2026-0042',
  pk: 'team:x',
  type: 'case',
  ops: [],
  ref: 'BTI-2026-0042',
  profileId: 'tromso-2025',
  createdAt: '2026-01-10T10:00:00Z',
  createdBy: coordinator.aadObjectId,
  members: people,
  coordinator: { aadObjectId: coordinator.aadObjectId, name: coordinator.name, service: 'helsesykepleier', since: '2026-01-20', decidedBy: 'agreement' },
  coordinatorHistory: [],
  status: 'open',
};

function meeting(status: MeetingDoc['status']): MeetingDoc {
  return {
    id: 'meeting:0123456789abcdef0123456789abcdef',
    pk: 'team:x',
    type: 'meeting',
    ops: [],
    caseRef: 'BTI-2026-0042',
    meetingId: '0123456789abcdef0123456789abcdef',
    meetingType: 'ansvarsgruppemote',
    date: '2026-11-20',
    start: '09:00',
    end: '11:30',
    startUtc: '2026-11-20T08:00:00.000Z',
    endUtc: '2026-11-20T10:30:00.000Z',
    place: 'Møterom «Fjellheisen», 3. etasje, Tromsø helsestasjon for barn og unge, inngang fra baksiden ved sykkelstativet'.slice(0, 200),
    onlineLink: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ0ZTk4ZDEtYjA4Mi00ZjQ5LWE2ODctOWZlMTkxZmE4YjI5%40thread.v2/0',
    agenda: Array.from({ length: 10 }, (_, i) => `Punkt ${i + 1}: hvordan har det gått på skolen og i fritida siden sist, og hva trenger familien framover fra hver tjeneste`),
    invitees,
    childInvited: true,
    interpreterNeeded: true,
    interpreterLanguage: 'somali (telefontolk)',
    sequence: status === 'cancelled' ? 3 : 2,
    status,
    people,
    coordinator: { aadObjectId: coordinator.aadObjectId, name: coordinator.name, teamsId: coordinator.teamsId },
    icsToken: 'q7Vb3kP0xY2mN8rT5wZ1aC4dE6fG9hJ0',
    conversationId: '19:abc@thread.tacv2',
    activityId: '1700000000000',
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
  };
}

const rsvps: RsvpDoc[] = invitees.slice(0, 36).map((who, i) => ({
  id: `rsvp:x:${who}`,
  pk: 'team:x',
  type: 'rsvp',
  ops: [],
  caseRef: 'BTI-2026-0042',
  meetingId: '0123456789abcdef0123456789abcdef',
  aadObjectId: who,
  answer: (['yes', 'no', 'maybe'] as const)[i % 3]!,
  at: '2026-11-03T10:00:00Z',
}));

const rotation: ReferatDoc = {
  id: 'referat:BTI-2026-0042',
  pk: 'team:x',
  type: 'referat',
  ops: [],
  caseRef: 'BTI-2026-0042',
  version: 1,
  order: people.map((p) => p.aadObjectId),
  history: [
    ...Array.from({ length: 12 }, (_, i) => ({ meetingId: `old-${i}`, writer: people[i + 2]!.aadObjectId, at: '2026-06-01T10:00:00Z', status: 'written' as const })),
    { meetingId: 'old-12', writer: people[20]!.aadObjectId, at: '2026-09-01T10:00:00Z', status: 'skipped' as const, reason: 'sykdom' as const },
    { meetingId: '0123456789abcdef0123456789abcdef', writer: people[4]!.aadObjectId, at: '2026-11-01T10:00:00Z', status: 'assigned' as const },
  ],
};

const view = (status: MeetingDoc['status']) => ({ meeting: meeting(status), rsvps, rotation, caseDoc });
const NOW = new Date('2026-11-10T08:00:00Z');
const PUBLIC_URL = 'https://btibot.azurewebsites.net';

/** A meeting as most are: four people, three agenda points, a room; `moved`: an hour later after two had answered. */
function typical(moved: boolean) {
  const names = ['Kari Nordmann', 'Ola Haraldsen', 'Ingrid Solheim', 'Mohammed Yusuf'];
  const who = people.slice(0, 4).map((p, i) => ({ ...p, name: names[i]! }));
  const m: MeetingDoc = {
    ...meeting('scheduled'),
    meetingType: 'samarbeidsmote',
    start: moved ? '10:00' : '09:00',
    end: moved ? '11:00' : '10:00',
    startUtc: moved ? '2026-11-20T09:00:00.000Z' : '2026-11-20T08:00:00.000Z',
    endUtc: moved ? '2026-11-20T10:00:00.000Z' : '2026-11-20T09:00:00.000Z',
    place: 'Møterom 2, helsestasjonen',
    onlineLink: undefined,
    agenda: ['Hvordan går det siden sist?', 'Tiltak i barnehagen', 'Veien videre og neste møte'],
    invitees: who.slice(1).map((p) => p.aadObjectId),
    childInvited: false,
    interpreterNeeded: false,
    interpreterLanguage: undefined,
    sequence: moved ? 1 : 0,
    people: who,
    coordinator: { aadObjectId: who[0]!.aadObjectId, name: who[0]!.name, teamsId: who[0]!.teamsId },
    ...(moved ? { answersFrom: 1, lastChange: { sequence: 1, kinds: ['time' as const], previousStartUtc: '2026-11-20T08:00:00.000Z', previousEndUtc: '2026-11-20T09:00:00.000Z' } } : {}),
  };
  const answers: RsvpDoc[] = [
    { ...rsvps[0]!, aadObjectId: who[1]!.aadObjectId, answer: 'yes', ...(moved ? { sequence: 1 } : {}) },
    { ...rsvps[1]!, aadObjectId: who[2]!.aadObjectId, answer: moved ? 'yes' : 'no' },
  ];
  const caseOf = { ...caseDoc, members: who };
  const order: ReferatDoc = { ...rotation, order: who.map((p) => p.aadObjectId), history: [{ meetingId: m.meetingId, writer: who[2]!.aadObjectId, at: '2026-11-01T10:00:00Z', status: 'assigned' }] };
  return { meeting: m, rsvps: answers, rotation: order, caseDoc: caseOf };
}

/** Moved from 09:00 to 12:00 after most had answered: their answers are for the old time. */
function moved() {
  const v = view('scheduled');
  const meetingDoc: MeetingDoc = {
    ...v.meeting,
    startUtc: '2026-11-20T11:00:00.000Z',
    endUtc: '2026-11-20T12:30:00.000Z',
    start: '12:00',
    end: '13:30',
    answersFrom: 2,
    lastChange: { sequence: 2, kinds: ['time', 'place'], previousStartUtc: v.meeting.startUtc, previousEndUtc: v.meeting.endUtc },
  };
  return { ...v, meeting: meetingDoc, rsvps: v.rsvps.map((r, i) => (i < 4 ? { ...r, sequence: 2 } : r)) };
}

function form(locale: Locale): AdaptiveCardJson {
  return formCard(locale, {
    mode: 'new',
    values: { ...meeting('scheduled'), agenda: meeting('scheduled').agenda.join('\n'), invitees: invitees.join(','), childInvited: 'true', interpreterNeeded: 'true' },
    errors: [
      { field: 'date', text: 'Datoen har allerede vært. Velg i dag eller en senere dag.' },
      { field: 'end', text: 'Møtet må slutte etter at det har begynt.' },
      { field: 'invitees', text: 'Velg minst én person som skal inviteres.' },
      { field: 'start', text: 'Natt til siste søndag i mars hopper klokka fra 02:00 til 03:00, så dette klokkeslettet finnes ikke. Velg et annet.' },
      { field: 'form', text: 'Du er ikke med i denne saken.' },
    ],
    warnings: ['Natt til siste søndag i oktober går klokka fra 03:00 tilbake til 02:00, så dette klokkeslettet kommer to ganger. Vi bruker det første (sommertid).'],
    cases: Array.from({ length: 20 }, (_, i) => ({ ref: `BTI-2026-${String(i + 1).padStart(4, '0')}` })),
    people,
    now: NOW,
  });
}

const caseViews = Array.from({ length: 6 }, (_, i) => ({
  caseDoc: { ...caseDoc, ref: `BTI-2026-${String(i + 40).padStart(4, '0')}`, ...(i % 2 ? { coordinator: undefined } : {}) },
  rotation,
  meetings: i % 3 === 2 ? [] : [meeting('scheduled'), { ...meeting('scheduled'), meetingId: 'fedcba9876543210fedcba9876543210', startUtc: '2026-05-20T08:00:00.000Z', endUtc: '2026-05-20T09:00:00.000Z', meetingType: 'samarbeidsmote' as const }],
}));

export const MEETING_CARD_SAMPLES: CardSample[] = [
  { template: 'meeting-form', name: 'meeting-form-errors-nb', build: () => form('nb') },
  { template: 'meeting-form', name: 'meeting-form-en', build: () => formCard('en', { mode: 'new', values: {}, errors: [], cases: [], people: people.slice(0, 8), now: NOW }) },
  {
    template: 'meeting-form',
    name: 'meeting-form-prefilled-nb',
    build: () =>
      formCard('nb', {
        mode: 'new',
        values: { meetingType: 'ansvarsgruppemote', date: '2026-11-20', start: '09:00', end: '10:30', interpreterNeeded: 'true', interpreterLanguage: 'Somali' },
        errors: [],
        cases: [],
        people: people.slice(0, 8),
        now: NOW,
        note: t('nb', 'meetings.form.prefilled'),
      }),
  },
  { template: 'meeting-invitation', name: 'meeting-invitation-nb', build: () => invitationCard('nb', view('scheduled'), { publicUrl: PUBLIC_URL, now: NOW }) },
  { template: 'meeting-invitation', name: 'meeting-invitation-moved-nb', build: () => invitationCard('nb', moved(), { publicUrl: PUBLIC_URL, now: NOW }) },
  { template: 'meeting-invitation', name: 'meeting-invitation-typical-nb', build: () => invitationCard('nb', typical(false), { publicUrl: PUBLIC_URL, now: NOW }) },
  { template: 'meeting-invitation', name: 'meeting-invitation-typical-moved-nb', build: () => invitationCard('nb', typical(true), { publicUrl: PUBLIC_URL, now: NOW }) },
  { template: 'meeting-invitation', name: 'meeting-invitation-started-en', build: () => invitationCard('en', view('scheduled'), { publicUrl: PUBLIC_URL, now: new Date('2026-11-20T09:00:00Z') }) },
  { template: 'meeting-invitation', name: 'meeting-invitation-cancelled-en', build: () => invitationCard('en', view('cancelled'), { publicUrl: PUBLIC_URL, now: NOW }) },
  { template: 'meeting-status', name: 'meeting-status-nb', build: () => statusCard('nb', caseViews, new Date('2027-01-10T10:00:00Z')) },
  { template: 'meeting-status', name: 'meeting-status-empty-en', build: () => statusCard('en', [], NOW) },
  { template: 'referat-overview', name: 'referat-overview-nb', build: () => referatOverviewCard('nb', caseViews, NOW) },
  { template: 'referat-overview', name: 'referat-overview-empty-en', build: () => referatOverviewCard('en', [], NOW) },
  { template: 'notice', name: 'meeting-sent-nb', build: () => noticeCard('Innkallingen til Ansvarsgruppemøte i sak BTI-2026-0042 er sendt.') },
];
