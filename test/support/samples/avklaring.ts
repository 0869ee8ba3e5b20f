import { t } from '../../../src/i18n';
import type { AdaptiveCardJson } from '../../../src/cards/render';
import type { CardSample } from '../cardSamples';
import { Locale } from '../../../src/i18n';
import { parseAdviceInput } from '../../../src/domain/avklaring';
import { adviceInWords } from '../../../src/present/phrase';
import type { AvklaringDoc, AvklaringProposal, AvklaringVote } from '../../../src/store/avklaring';
import type { CaseMember } from '../../../src/store/cases';
import { detailsCard, formCard, problemsOf as sampleProblems } from '../../../src/bot/avklaring/form';
import { parseStageOne, type InputIssue } from '../../../src/domain/avklaring';
import { MAX_PARTICIPANTS, recommendationCard, recommendationSummary, startPeople } from '../../../src/bot/avklaring/recommendation';
import { meetingCard } from '../../../src/bot/avklaring/meetingCard';
import { serviceIdsOf } from '../../../src/bot/avklaring/common';
import { outcomeCard } from '../../../src/bot/avklaring/decision';
import { noAgreementCard } from '../../../src/bot/avklaring/rotation';
import { rotationSchedule } from '../../../src/domain/avklaring/meeting';

/**
 * The largest realistic avklaring (10 services, 8 participants with long names, everyone has proposed),
 * bound to every avklaring card. Used by the card checks (size, schema, rendering) and handy for demos.
 */
const SERVICES = [
  'skole-barnehage',
  'fysio-ergo',
  'miljotjenesten',
  'helsesykepleier',
  'selnes-seminaret-avlastning',
  'barneverntjenesten',
  'barnebolig',
  'ppt',
  'bup',
  'barnehabilitering',
];

const answersRaw = {
  profileId: 'tromso-2025',
  unborn: false,
  ageYears: 9,
  services: SERVICES.map((serviceId, i) => ({ serviceId, followUp: (['weekly', 'several-monthly', '1-2-a-year', 'sporadic'] as const)[i % 4] })),
  measuresArena: 'both',
  seriousCondition: true,
  mustCooperateOverTime: true,
  consentInPlace: false,
  existingCoordinator: false,
};

/** Vestre Toten, individuell plan: KTK decides which service coordinates, so the meeting makes a proposal. */
const VT_SERVICES = ['helsesykepleier', 'fysio-ergo', 'barneverntjenesten', 'miljotjenesten', 'skole-barnehage', 'ppt', 'bup'];
const answersVestreToten = {
  profileId: 'vestre-toten',
  unborn: false,
  ageYears: 9,
  services: VT_SERVICES.map((serviceId, i) => ({
    serviceId,
    followUp: (['weekly', 'several-monthly', '1-2-a-year', 'sporadic'] as const)[i % 4],
    ...(serviceId === 'barneverntjenesten' ? { childWelfareStatus: 'support-measures' } : {}),
  })),
  measuresArena: 'both',
  seriousCondition: true,
  mustCooperateOverTime: true,
  mustCoordinateAmongThemselves: true,
  consentInPlace: true,
  existingCoordinator: false,
};

const people = (n: number): CaseMember[] => Array.from({ length: n }, (_, i) => ({
  aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `Kari-Mette Johannessen-Bergersen ${i + 1} (helsesykepleier, Tromsø kommune)`,
  teamsId: `29:1a2b3c4d5e6f7g8h9i0j-user-${i}`,
  role: 'professional',
}));
const members = people(8);

/** A channel's roster: the most a recommendation card offers (60), names as long as they get. */
const team: CaseMember[] = Array.from({ length: 80 }, (_, i) => ({
  aadObjectId: `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
  name: `Kari-Mette Johannessen-Bergersen ${i + 1} (fagperson, Tromsø kommune)`,
  teamsId: `29:1a2b3c4d5e6f7g8h9i0j-team-${i}`,
  role: 'professional',
}));

function sampleDoc(status: AvklaringDoc['status'], raw: Record<string, unknown> = answersRaw, crowd = members): AvklaringDoc {
  const parsed = parseAdviceInput(raw);
  if (!parsed.ok) throw new Error(`sample answers invalid: ${parsed.issues.map((i) => i.path).join(', ')}`);
  const advice = adviceInWords(parsed.value);
  if (!advice.ok) throw new Error('sample advice rejected');
  const participants = crowd.map((m) => ({ aadObjectId: m.aadObjectId, name: m.name, teamsId: m.teamsId }));
  const handovers = rotationSchedule(SERVICES.map((serviceId, i) => ({ serviceId, person: participants[i % 8] })), '2026-12-01', 12);
  return {
    id: 'avklaring:sample',
    pk: 'team:sample',
    type: 'avklaring',
    ops: [],
    avklaringId: 'abcdef0123456789abcdef01',
    caseRef: 'BTI-2026-0042',
    profileId: parsed.value.profileId,
    conversationId: '19:sample@thread.v2',
    createdAt: '2026-11-23T09:00:00.000Z',
    createdBy: participants[0].aadObjectId,
    answers: parsed.value as unknown as Record<string, unknown>,
    recommendation: recommendationSummary(advice),
    status,
    version: 123,
    convenerId: participants[0].aadObjectId,
    participants: status === 'recommended' ? [] : participants,
    ...(status === 'decided'
      ? {
          decision: {
            proposalId: 'p0',
            serviceId: 'barnehabilitering',
            person: participants[7],
            decidedBy: 'majority' as const,
            at: '2026-11-23T10:00:00.000Z',
            agreedBy: participants.slice(0, 5).map((p) => p.aadObjectId),
          },
        }
      : {}),
    ...(status === 'rotation' ? { rotation: { periodMonths: 12, startDate: '2026-12-01', handovers } } : {}),
    ...(status === 'escalated' ? { escalation: { leader: participants[7], at: '2026-11-23T10:00:00.000Z' } } : {}),
    ...(status === 'referred'
      ? {
          referral: {
            at: '2026-11-23T10:00:00.000Z',
            by: participants[0].aadObjectId,
            total: participants.length,
            proposals: parsed.value.services.map((s, i) => ({ serviceId: s.serviceId, person: participants[i % 8], agreed: 8 - i })),
          },
        }
      : {}),
  };
}

function sampleMeeting(locale: Locale, raw: Record<string, unknown> = answersRaw, crowd = members): AdaptiveCardJson {
  const doc = sampleDoc('open', raw, crowd);
  const proposals: AvklaringProposal[] = serviceIdsOf(doc).map((serviceId, i) => ({
    id: `p${i}`,
    pk: doc.pk,
    type: 'avklaring-proposal',
    ops: [],
    avklaringId: doc.avklaringId,
    caseRef: doc.caseRef,
    proposalId: `00000000000000${String(i).padStart(2, '0')}`,
    serviceId,
    person: doc.participants[i % 8],
    proposedBy: doc.participants[i % 8].aadObjectId,
    createdAt: doc.createdAt,
  }));
  const votes: AvklaringVote[] = doc.participants.map((p, i) => ({
    id: `v${i}`,
    pk: doc.pk,
    type: 'avklaring-vote',
    ops: [],
    avklaringId: doc.avklaringId,
    caseRef: doc.caseRef,
    actorId: p.aadObjectId,
    agreesWith: proposals[i % 3].proposalId,
    cannotTake: i % 2 === 0,
    updatedAt: doc.createdAt,
  }));
  return meetingCard(locale, doc, votes, proposals);
}

/** Every service of the profile ticked (the longest step 2), or the given ones; optionally with every problem shown. */
const ALL_TROMSO = ['skole-barnehage', 'fysioterapeut', 'ergoterapeut', 'miljotjenesten', 'fact-ung', 'utekontakten', 'kultur-fritid', 'helsesykepleier', 'selnes-seminaret-avlastning', 'barneverntjenesten', 'barnebolig', 'tildelingskontoret', 'ppt', 'bup'];

function details(locale: Locale, profileId: 'tromso-2025' | 'vestre-toten', serviceIds: string[], withErrors = false, unborn = false): AdaptiveCardJson {
  const stage = parseStageOne({ profileId, unborn, ageYears: unborn ? undefined : 16, serviceIds });
  if (!stage.ok) throw new Error('sample stage invalid');
  const answers = { caseRef: 'new', services: serviceIds.join(',') };
  if (!withErrors) return detailsCard(locale, profileId, stage.value, answers);
  const issues: InputIssue[] = [
    { path: 'measuresArena', code: 'missing', message: { phrase: 'input.invalid' as const } },
    ...serviceIds.map((_, i) => ({ path: `services[${i}].followUp`, code: 'invalid' as const, message: { phrase: 'input.invalid' as const } })),
  ];
  return detailsCard(locale, profileId, stage.value, answers, sampleProblems(locale, profileId, issues, answers));
}

function formWithErrors(locale: Locale): AdaptiveCardJson {
  const answers = { caseRef: 'new', ageYears: '30', unborn: 'true' };
  const issues: InputIssue[] = [
    { path: 'ageYears', code: 'age-with-unborn', message: { phrase: 'input.invalid' as const } },
    { path: 'services', code: 'no-services', message: { phrase: 'input.invalid' as const } },
  ];
  return formCard(locale, 'tromso-2025', [], answers, sampleProblems(locale, 'tromso-2025', issues, answers));
}

export const AVKLARING_CARD_SAMPLES: CardSample[] = [
  { template: 'avklaring-form', name: 'avklaring-form-nb', build: () => formCard('nb', 'tromso-2025', Array.from({ length: 30 }, (_, i) => ({ ref: `BTI-2026-${String(i + 1).padStart(4, '0')}` }))) },
  { template: 'avklaring-form', name: 'avklaring-form-en-vestre-toten', build: () => formCard('en', 'vestre-toten', []) },
  {
    template: 'avklaring-form',
    name: 'avklaring-form-prefilled-nb',
    build: () => formCard('nb', 'tromso-2025', [], { ageYears: '7', services: 'helsesykepleier,ppt' }, undefined, t('nb', 'avklaring.form.prefilled')),
  },
  { template: 'avklaring-form', name: 'avklaring-form-errors-nb', build: () => formWithErrors('nb') },
  { template: 'avklaring-form-details', name: 'avklaring-form-details-nb', build: () => details('nb', 'tromso-2025', ALL_TROMSO) },
  { template: 'avklaring-form-details', name: 'avklaring-form-details-errors-en', build: () => details('en', 'vestre-toten', VT_SERVICES, true) },
  { template: 'avklaring-form-details', name: 'avklaring-form-details-unborn-nb', build: () => details('nb', 'tromso-2025', [], false, true) },
  {
    template: 'avklaring-recommendation',
    name: 'avklaring-recommendation-unborn-bk-nb',
    build: () => {
      const doc = sampleDoc('recommended', { profileId: 'tromso-2025', unborn: true, services: [], seriousCondition: true, consentInPlace: false });
      return recommendationCard('nb', doc, startPeople(doc, members, [], false));
    },
  },
  {
    template: 'avklaring-recommendation',
    name: 'avklaring-recommendation-nb',
    build: () => recommendationCard('nb', sampleDoc('recommended'), startPeople(sampleDoc('recommended'), members, [], false)),
  },
  {
    template: 'avklaring-recommendation',
    name: 'avklaring-recommendation-channel-nb',
    build: () => recommendationCard('nb', sampleDoc('recommended'), startPeople(sampleDoc('recommended'), members, team, true)),
  },
  {
    template: 'avklaring-recommendation',
    name: 'avklaring-recommendation-personal-en',
    build: () => recommendationCard('en', sampleDoc('recommended'), startPeople(sampleDoc('recommended'), members.slice(0, 1), [], false)),
  },
  { template: 'avklaring-recommendation', name: 'avklaring-recommendation-started-en', build: () => recommendationCard('en', sampleDoc('open'), startPeople(sampleDoc('open'), members, [], false)) },
  { template: 'avklaring-meeting', name: 'avklaring-meeting-nb', build: () => sampleMeeting('nb') },
  { template: 'avklaring-meeting', name: 'avklaring-meeting-en', build: () => sampleMeeting('en') },
  { template: 'avklaring-meeting', name: 'avklaring-meeting-ktk-nb', build: () => sampleMeeting('nb', answersVestreToten) },
  { template: 'avklaring-noagreement', name: 'avklaring-noagreement-nb', build: () => noAgreementCard('nb', sampleDoc('open'), members, '2026-11-23') },
  // At the limits: the most participants a meeting takes, and a channel's whole roster as leader candidates.
  { template: 'avklaring-meeting', name: 'avklaring-meeting-max-participants-nb', build: () => sampleMeeting('nb', answersRaw, people(MAX_PARTICIPANTS)) },
  {
    template: 'avklaring-noagreement',
    name: 'avklaring-noagreement-max-nb',
    build: () => noAgreementCard('nb', sampleDoc('open', answersRaw, people(MAX_PARTICIPANTS)), people(100), '2026-11-23'),
  },
  { template: 'avklaring-noagreement', name: 'avklaring-noagreement-ktk-en', build: () => noAgreementCard('en', sampleDoc('open', answersVestreToten), members, '2026-11-23') },
  { template: 'avklaring-decision', name: 'avklaring-decision-nb', build: () => outcomeCard('nb', sampleDoc('decided')) },
  { template: 'avklaring-decision', name: 'avklaring-decision-ktk-nb', build: () => outcomeCard('nb', sampleDoc('decided', answersVestreToten)) },
  { template: 'avklaring-decision', name: 'avklaring-referred-ktk-nb', build: () => outcomeCard('nb', sampleDoc('referred', answersVestreToten)) },
  { template: 'avklaring-decision', name: 'avklaring-rotation-nb', build: () => outcomeCard('nb', sampleDoc('rotation')) },
  { template: 'avklaring-decision', name: 'avklaring-escalated-en', build: () => outcomeCard('en', sampleDoc('escalated')) },
];

