import { createHash } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import {
  adviceFormQuestions,
  adviceInputFromForm,
  advise,
  consentWho,
  detailQuestions,
  parseAdviceInput,
  parseStageOne,
  AGE_MAX,
  AGE_MIN,
  MAX_SERVICES,
  type FormQuestion,
  type InputIssue,
  type StageOne,
} from '../../domain/avklaring';
import { getProfile, ProfileId } from '../../content/profiles';
import { CASE_REF_PATTERN, CaseDoc, CaseMember, isCaseMember } from '../../store/cases';
import { AvklaringDoc } from '../../store/avklaring';
import { Mutation } from '../../store/documents';
import { actorId, ownerScope, rememberConversation, replyWithCard } from '../turn';
import { conversationMembers } from '../roster';
import { respondWithCard, respondWithMessage } from '../cardResponses';
import { turnLogger } from '../app';
import { AvklaringCtx, VERBS } from './common';
import { valueHasIdNumber } from '../privacyGuard';
import { actionData } from '../cardActions';
import { collectProblems, NO_PROBLEMS, problemLines, type FormProblems, type WordedProblem } from '../formProblems';
import { recommendationCard, recommendationSummary, startPeopleFor } from './recommendation';

/**
 * The form is two short steps on one card that the bot re-renders (Action.Execute): first the age and the
 * services, then only the questions those services need, with Tilbake. The answers so far travel in the
 * card's action data (Teams merges them with the inputs), checked with zod on every press; nothing is stored
 * until the recommendation. Problems come back on the card itself, worded with the form's own labels.
 */

type CardQuestion = {
  id: string;
  label: string;
  help: string;
  kind: FormQuestion['kind'];
  choices: { title: string; value: string }[];
  value: string;
  error: string;
};

/** Flat answers as the card carries them: known keys only, each a short plain string. */
type Answers = Record<string, string>;

const STEP_ONE_KEYS = ['caseRef', 'unborn', 'ageYears', 'services'] as const;
const cardValue = z.union([z.string().max(2000), z.number(), z.boolean()]).transform((v) => String(v));

/** Picks the form's own keys from a press's data; anything else (verb, stray fields) is dropped. */
export function carriedAnswers(data: Record<string, unknown>, profileId: ProfileId): Answers {
  const keys = new Set<string>([...STEP_ONE_KEYS, ...adviceFormQuestions(profileId).map((q) => q.id)]);
  const out: Answers = {};
  for (const [key, value] of Object.entries(data)) {
    if (!keys.has(key) || key === 'profileId') continue;
    const parsed = cardValue.safeParse(Array.isArray(value) ? value.join(',') : value);
    if (parsed.success && parsed.data !== '') out[key] = parsed.data;
  }
  return out;
}

/**
 * The answers a card may carry on to the next step: only values the form itself offers (an option, true/false,
 * a whole number, service ids), so a value typed into a crafted press never rides along in the card.
 */
function carriable(answers: Answers, profileId: ProfileId): Answers {
  const questions = new Map(adviceFormQuestions(profileId).map((q) => [q.id, q] as const));
  const out: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    const q = questions.get(key);
    const ok =
      key === 'caseRef'
        ? caseChoiceSchema.safeParse(value).success
        : q?.kind === 'boolean'
          ? value === 'true' || value === 'false'
          : q?.kind === 'integer'
            ? /^-?\d{1,3}$/.test(value)
            : q?.kind === 'multi-choice'
              ? /^[a-z0-9-]+(,[a-z0-9-]+)*$/.test(value)
              : (q?.options ?? []).some((o) => o.value === value);
    if (ok) out[key] = value;
  }
  return out;
}

const splitIds = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function stageOneOf(answers: Answers, profileId: ProfileId) {
  return parseStageOne({ profileId, unborn: answers.unborn, ageYears: answers.ageYears, serviceIds: splitIds(answers.services) });
}

type Problems = FormProblems;

/** Labels of every field the form shows, to name them in messages. */
function labelsFor(locale: Locale, profileId: ProfileId): Map<string, string> {
  const profile = getProfile(profileId);
  // Every service asks the same follow-up question, so its line names the service too.
  const labelOf = (q: FormQuestion): string => {
    const service = q.serviceId ? profile.services.find((x) => x.id === q.serviceId) : undefined;
    return service ? `${service.name[locale]} – ${q.label[locale]}` : q.label[locale];
  };
  const labels = new Map(adviceFormQuestions(profileId).map((q) => [q.id, labelOf(q)] as const));
  labels.set('caseRef', t(locale, 'avklaring.form.case'));
  return labels;
}

/** One issue from the rules in the user's words, with the field it belongs to. */
function wordIssue(locale: Locale, i: InputIssue, serviceIds: string[], answers: Answers): WordedProblem {
  const unborn = adviceFormQuestions().find((q) => q.id === 'unborn')!.label[locale];
  const service = /^services\[(\d+)\]\.(\w+)$/.exec(i.path);
  if (service && service[2] !== 'serviceId') {
    const id = serviceIds[Number(service[1])] ?? '';
    const field = `svc.${id}.${service[2]}`;
    if (i.code === 'not-applicable') return { field, text: t(locale, 'avklaring.form.err.notApplicable') };
    return { field, text: t(locale, i.code === 'missing' ? 'avklaring.form.err.chooseOne' : 'avklaring.form.err.invalidChoice') };
  }
  if (i.path.startsWith('services')) {
    const key =
      i.code === 'no-services'
        ? 'avklaring.form.err.noServices'
        : i.code === 'too-many-services'
          ? 'avklaring.form.err.tooManyServices'
          : 'avklaring.form.err.unknownService';
    return { field: 'services', text: t(locale, key, { unborn, max: MAX_SERVICES }) };
  }
  if (i.path === 'ageYears') {
    const years = Number(answers.ageYears);
    switch (i.code) {
      case 'age-missing':
        return { field: 'ageYears', text: t(locale, 'avklaring.form.err.ageMissing', { unborn }) };
      case 'age-with-unborn':
        return { field: 'ageYears', text: t(locale, 'avklaring.form.err.ageWithUnborn') };
      case 'age-out-of-range':
        return years < AGE_MIN
          ? { field: 'ageYears', text: t(locale, 'avklaring.form.err.ageNegative', { unborn }) }
          : { field: 'ageYears', text: t(locale, 'avklaring.form.err.ageTooHigh', { years: Math.trunc(years) }) };
      default:
        return { field: 'ageYears', text: t(locale, 'avklaring.form.err.ageNumber') };
    }
  }
  if (i.code === 'missing') return { field: i.path, text: t(locale, 'avklaring.form.err.chooseOne') };
  if (i.code === 'invalid') return { field: i.path, text: t(locale, 'avklaring.form.err.invalidChoice') };
  return { field: i.path, text: t(locale, 'avklaring.form.err.other') };
}

/** Every problem at once: one line each at the top ("«Label»: …") and the same words beside the field. */
export function problemsOf(locale: Locale, profileId: ProfileId, issues: InputIssue[], answers: Answers, extra: WordedProblem[] = []): Problems {
  const labels = labelsFor(locale, profileId);
  const serviceIds = splitIds(answers.services);
  const worded = [...issues.map((i) => wordIssue(locale, i, serviceIds, answers)), ...extra];
  return collectProblems(
    worded,
    (field) => labels.get(field),
    (label, message) => t(locale, 'avklaring.form.errorLine', { label, message }),
    t(locale, 'avklaring.form.err.unreadable'),
  );
}

function cardQuestion(q: FormQuestion, locale: Locale, answers: Answers, problems: Problems, help = ''): CardQuestion {
  const choices = (q.options ?? []).map((o) => ({ title: o.label[locale], value: o.value }));
  const given = answers[q.id];
  // Only a known option or true/false is shown again: nothing a user typed is echoed into the card.
  const value =
    q.kind === 'boolean'
      ? given === 'true' || given === 'false'
        ? given
        : String(q.defaultValue ?? false)
      : choices.some((c) => c.value === given)
        ? (given ?? '')
        : '';
  return { id: q.id, label: q.label[locale], help, kind: q.kind, choices, value, error: problems.byField[q.id] ?? '' };
}


/** Step 1: the case, not yet born / age, and which services are involved. */
export function formCard(
  locale: Locale,
  profileId: ProfileId,
  openCases: Pick<CaseDoc, 'ref'>[],
  answers: Answers = {},
  problems: Problems = NO_PROBLEMS,
): AdaptiveCardJson {
  const questions = new Map(adviceFormQuestions(profileId).map((q) => [q.id, q] as const));
  const profile = getProfile(profileId);
  const caseChoices = [{ title: t(locale, 'avklaring.form.newCase'), value: 'new' }, ...openCases.map((c) => ({ title: c.ref, value: c.ref }))];
  const chosen = splitIds(answers.services);
  // A service kept only for old answers is offered again only to someone who already has it ticked.
  const serviceChoices = profile.services
    .filter((s) => !s.legacy || chosen.includes(s.id))
    .map((s) => ({ title: s.name[locale], value: s.id }));
  const age = /^\s*-?\d{1,3}\s*$/.test(answers.ageYears ?? '') ? Number(answers.ageYears) : undefined;
  const rest = Object.fromEntries(Object.entries(carriable(answers, profileId)).filter(([k]) => !(STEP_ONE_KEYS as readonly string[]).includes(k)));
  return renderCard('avklaring-form', {
    title: t(locale, 'avklaring.form.title'),
    stepLine: t(locale, 'avklaring.form.step1'),
    errorsTitle: t(locale, 'avklaring.form.errorsTitle'),
    errors: problemLines(problems),
    intro: t(locale, 'avklaring.form.intro'),
    municipality: profile.displayName[locale],
    caseLabel: t(locale, 'avklaring.form.case'),
    caseChoices,
    caseValue: caseChoices.some((c) => c.value === answers.caseRef) ? answers.caseRef : 'new',
    caseError: problems.byField.caseRef ?? '',
    unbornLabel: questions.get('unborn')!.label[locale],
    unbornValue: answers.unborn === 'true' ? 'true' : 'false',
    ageLabel: questions.get('ageYears')!.label[locale],
    ageHelp: questions.get('ageYears')!.help?.[locale] ?? '',
    ageMin: AGE_MIN,
    ageMax: AGE_MAX,
    ageValue: age === undefined ? '' : String(age),
    ageNumber: age ?? 0,
    ageRangeMessage: t(locale, 'avklaring.form.err.ageRange'),
    ageError: problems.byField.ageYears ?? '',
    servicesLabel: questions.get('services')!.label[locale],
    serviceChoices,
    servicesValue: chosen.filter((id) => serviceChoices.some((c) => c.value === id)).join(','),
    servicesError: problems.byField.services ?? '',
    privacy: t(locale, 'avklaring.form.privacy'),
    next: t(locale, 'avklaring.form.next'),
    verb: VERBS.next,
    // Answers of step 2 from an earlier visit come back with Neste, so Tilbake loses nothing.
    nextData: { profileId, ...rest },
  });
}

/** Step 2: the follow-up questions of the ticked services and the questions about the case that matter. */
export function detailsCard(locale: Locale, profileId: ProfileId, stage: StageOne, answers: Answers, problems: Problems = NO_PROBLEMS): AdaptiveCardJson {
  const profile = getProfile(profileId);
  const questions = detailQuestions(profileId, stage);
  const names = stage.serviceIds.map((id) => profile.services.find((s) => s.id === id)?.name[locale] ?? id);
  const ageText = stage.unborn
    ? t(locale, 'avklaring.form.summaryUnborn')
    : t(locale, 'avklaring.form.summaryAge', {
        age: stage.ageYears === 0 ? t(locale, 'avklaring.form.summaryUnder1') : t(locale, 'avklaring.form.summaryYears', { years: stage.ageYears ?? '' }),
      });
  const servicesText = names.length ? t(locale, 'avklaring.form.summaryServices', { services: names.join(', ') }) : t(locale, 'avklaring.form.summaryNoServices');
  const consentHelp = t(locale, 'avklaring.form.consentWho', { who: consentWho(stage).text[locale] });
  const serviceGroups = stage.serviceIds
    .map((id, i) => ({ name: names[i], questions: questions.filter((q) => q.serviceId === id).map((q) => cardQuestion(q, locale, answers, problems)) }))
    .filter((g) => g.questions.length > 0);
  const caseQuestions = questions.filter((q) => !q.serviceId).map((q) => cardQuestion(q, locale, answers, problems, q.id === 'consentInPlace' ? consentHelp : ''));
  const state = {
    profileId,
    caseRef: answers.caseRef ?? 'new',
    unborn: stage.unborn ? 'true' : 'false',
    ...(stage.ageYears !== undefined ? { ageYears: String(stage.ageYears) } : {}),
    services: stage.serviceIds.join(','),
  };
  return renderCard('avklaring-form-details', {
    title: t(locale, 'avklaring.form.title'),
    stepLine: t(locale, 'avklaring.form.step2'),
    errorsTitle: t(locale, 'avklaring.form.errorsTitle'),
    errors: problemLines(problems),
    summary: `${ageText} · ${servicesText}`,
    serviceSection: t(locale, 'avklaring.form.serviceSection'),
    serviceGroups,
    caseSection: t(locale, 'avklaring.form.caseSection'),
    caseQuestions,
    privacy: t(locale, 'avklaring.form.privacy'),
    back: t(locale, 'avklaring.form.back'),
    backVerb: VERBS.formBack,
    submit: t(locale, 'avklaring.form.submit'),
    submitVerb: VERBS.submit,
    state,
  });
}

async function openCasesFor(ctx: AvklaringCtx, context: TurnContext): Promise<CaseDoc[]> {
  const me = actorId(context);
  return (await ctx.cases.list(ownerScope(context))).filter((c) => c.status !== 'closed' && isCaseMember(c, me)).slice(0, 30);
}

export async function sendForm(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const open = await openCasesFor(ctx, context);
  await replyWithCard(context, formCard(locale, ctx.deps.config.profile, open));
  turnLogger(context, ctx.deps.logger).info('avklaring.form_sent', { openCases: open.length });
}

const caseChoiceSchema = z.union([z.literal('new'), z.string().regex(CASE_REF_PATTERN)]);

/** The profile a press is for: the card's own, else the deployment's. */
function profileOf(ctx: AvklaringCtx, data: Record<string, unknown>): ProfileId {
  const parsed = ProfileId.safeParse(data.profileId);
  return parsed.success ? parsed.data : ctx.deps.config.profile;
}

/** Checks step 1 (and the chosen case); answers with step 1 and its problems when something is wrong. */
async function checkStepOne(
  ctx: AvklaringCtx,
  context: TurnContext,
  locale: Locale,
  profileId: ProfileId,
  answers: Answers,
): Promise<StageOne | undefined> {
  const stage = stageOneOf(answers, profileId);
  const caseOk = caseChoiceSchema.safeParse(answers.caseRef ?? 'new').success;
  if (stage.ok && caseOk) return stage.value;
  const extra = caseOk ? [] : [{ field: 'caseRef', text: t(locale, 'avklaring.form.unknownCase') }];
  const problems = problemsOf(locale, profileId, stage.ok ? [] : stage.issues, answers, extra);
  turnLogger(context, ctx.deps.logger).info('avklaring.invalid_input', { step: 1, issues: problems.top.length });
  await respondWithCard(context, formCard(locale, profileId, await openCasesFor(ctx, context), answers, problems), { updateShared: false });
  return undefined;
}

/** Neste: step 1 → step 2. Only the person pressing sees the next step; the chat keeps the form for others. */
export async function handleNext(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const data = actionData(context);
  // The guard before every turn already refuses these; this keeps the handler safe when called on its own.
  if (valueHasIdNumber(data)) {
    turnLogger(context, ctx.deps.logger).warn('avklaring.rejected_personal_number');
    return respondWithMessage(context, t(locale, 'avklaring.form.personalNumber'));
  }
  const profileId = profileOf(ctx, data);
  const answers = carriedAnswers(data, profileId);
  const stage = await checkStepOne(ctx, context, locale, profileId, answers);
  if (!stage) return;
  await respondWithCard(context, detailsCard(locale, profileId, stage, answers), { updateShared: false });
}

/** Tilbake: step 2 → step 1 with everything answered so far. */
export async function handleFormBack(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const data = actionData(context);
  if (valueHasIdNumber(data)) return respondWithMessage(context, t(locale, 'avklaring.form.personalNumber'));
  const profileId = profileOf(ctx, data);
  await respondWithCard(context, formCard(locale, profileId, await openCasesFor(ctx, context), carriedAnswers(data, profileId)), { updateShared: false });
}

/** Same activity (Teams re-delivery) → same avklaring id, so a repeated submit finds what the first one made. */
export const avklaringIdFor = (conversationId: string, activityId: string) =>
  createHash('sha256').update(`${conversationId}\u0000${activityId}`).digest('hex').slice(0, 24);

export async function handleSubmit(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const log = turnLogger(context, ctx.deps.logger);
  const data = actionData(context);
  // The guard before every turn already refuses these; this keeps the handler safe when called on its own.
  if (valueHasIdNumber(data)) {
    log.warn('avklaring.rejected_personal_number');
    return respondWithMessage(context, t(locale, 'avklaring.form.personalNumber'));
  }
  const profileId = profileOf(ctx, data);
  const answers = carriedAnswers(data, profileId);
  const stage = await checkStepOne(ctx, context, locale, profileId, answers);
  if (!stage) return;
  const caseChoice = caseChoiceSchema.parse(answers.caseRef ?? 'new');
  const parsed = parseAdviceInput(adviceInputFromForm({ ...answers, profileId }));
  if (!parsed.ok) {
    const problems = problemsOf(locale, profileId, parsed.issues, answers);
    log.info('avklaring.invalid_input', { step: 2, issues: problems.top.length });
    return respondWithCard(context, detailsCard(locale, profileId, stage, answers, problems), { updateShared: false });
  }
  const advice = advise(parsed.value);
  if (!advice.ok) return respondWithMessage(context, t(locale, 'avklaring.form.ageRejected', { message: advice.ageCheck.message[locale] }));

  const owner = ownerScope(context);
  const me = actorId(context);
  if (!me) return respondWithMessage(context, t(locale, 'error.notMember'));
  const now = ctx.deps.now();
  const avklaringId = avklaringIdFor(context.activity.conversation.id, context.activity.id ?? '');
  const existing = await ctx.avklaringer.get(owner, avklaringId);
  if (existing) {
    const caseDoc = await ctx.cases.get(owner, existing.caseRef);
    return respondWithCard(context, recommendationCard(locale, existing, await startPeopleFor(ctx, context, owner, existing, caseDoc)), { updateShared: false });
  }

  let caseDoc: CaseDoc | undefined;
  let roster: CaseMember[] | undefined;
  if (caseChoice === 'new') {
    const members = await conversationMembers(context);
    roster = [...members];
    if (!members.some((m) => m.aadObjectId === me)) {
      members.push({ aadObjectId: me, name: context.activity.from.name ?? me, teamsId: context.activity.from.id, role: 'professional' });
    }
    const ref = await ctx.cases.nextRef(owner, now);
    caseDoc = await ctx.cases.create(owner, { ref, profileId: parsed.value.profileId, createdAt: now.toISOString(), createdBy: me, members }, `${context.activity.id}:case`);
  } else {
    caseDoc = await ctx.cases.get(owner, caseChoice);
    if (!caseDoc || caseDoc.status === 'closed' || !isCaseMember(caseDoc, me)) return respondWithMessage(context, t(locale, 'avklaring.form.unknownCase'));
  }

  const created = caseDoc;
  const outcome = await ctx.avklaringer.update(
    owner,
    avklaringId,
    (current): Mutation<AvklaringDoc, AvklaringDoc> => {
      if (current) return { kind: 'unchanged', result: current };
      const doc: AvklaringDoc = {
        id: '',
        pk: owner,
        type: 'avklaring',
        ops: [],
        avklaringId,
        caseRef: created.ref,
        profileId: parsed.value.profileId,
        conversationId: context.activity.conversation.id,
        createdAt: now.toISOString(),
        createdBy: me,
        answers: parsed.value as unknown as Record<string, unknown>,
        recommendation: recommendationSummary(advice),
        status: 'recommended',
        version: 1,
        participants: [],
      };
      return { kind: 'write', doc, result: doc };
    },
    context.activity.id,
  );
  await rememberConversation(context, ctx.conversations, locale, now);
  const doc = outcome.doc ?? outcome.result;
  log.info('avklaring.recommended', { caseRef: doc.caseRef, services: parsed.value.services.length, planNeeded: advice.planNeeded.needed });
  await respondWithCard(context, recommendationCard(locale, doc, await startPeopleFor(ctx, context, owner, doc, created, roster)), { updateShared: true });
}
