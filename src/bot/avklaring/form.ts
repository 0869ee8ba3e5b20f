import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import {
  adviceFormQuestions,
  adviceInputFromForm,
  consentWho,
  detailQuestions,
  parseAdviceInput,
  parseStageOne,
  AGE_MAX,
  AGE_MIN,
  MAX_SERVICES,
  type FormQuestion,
  type InputIssue,
  type QuestionText,
  type StageOne,
} from '../../domain/avklaring';
import { getProfile, ProfileId } from '../../content/profiles';
import { SERVICE_WORDS } from '../../content/profiles/serviceWords';
import { ageFromText, servicesFromText } from '../../domain/avklaring/fromText';
import { adviceInWords, saidIn } from '../../present/phrase';
import { CASE_REF_PATTERN, CaseDoc, CaseMember, isCaseMember } from '../../store/cases';
import { AvklaringDoc } from '../../store/avklaring';
import { Mutation } from '../../store/documents';
import { reply, type CardPress, type Reply, type Turn } from '../../actions/types';
import { AvklaringCtx, opIdOf, rememberConversation, VERBS } from './common';
import { valueHasIdNumber } from '../privacyGuard';
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

/** A question's words: the form's own from src/i18n, a fact's or service's as the municipality's content gives them. */
function said(text: QuestionText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? t(locale, `avklaring.question.${text}`) : text[locale];
}

/** Labels of every field the form shows, to name them in messages. */
function labelsFor(locale: Locale, profileId: ProfileId): Map<string, string> {
  const profile = getProfile(profileId);
  // Every service asks the same follow-up question, so its line names the service too.
  const labelOf = (q: FormQuestion): string => {
    const service = q.serviceId ? profile.services.find((x) => x.id === q.serviceId) : undefined;
    return service ? `${service.name[locale]} – ${said(q.label, locale)}` : said(q.label, locale);
  };
  const labels = new Map(adviceFormQuestions(profileId).map((q) => [q.id, labelOf(q)] as const));
  labels.set('caseRef', t(locale, 'avklaring.form.case'));
  return labels;
}

/** One issue from the rules in the user's words, with the field it belongs to. */
function wordIssue(locale: Locale, i: InputIssue, serviceIds: string[], answers: Answers): WordedProblem {
  const unborn = said(adviceFormQuestions().find((q) => q.id === 'unborn')!.label, locale);
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
  return { id: q.id, label: said(q.label, locale), help, kind: q.kind, choices, value, error: problems.byField[q.id] ?? '' };
}


/** Step 1: the case, not yet born / age, and which services are involved. */
export function formCard(
  locale: Locale,
  profileId: ProfileId,
  openCases: Pick<CaseDoc, 'ref'>[],
  answers: Answers = {},
  problems: Problems = NO_PROBLEMS,
  note = '',
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
    note,
    municipality: profile.displayName[locale],
    caseLabel: t(locale, 'avklaring.form.case'),
    caseChoices,
    caseValue: caseChoices.some((c) => c.value === answers.caseRef) ? answers.caseRef : 'new',
    caseError: problems.byField.caseRef ?? '',
    unbornLabel: said(questions.get('unborn')!.label, locale),
    unbornValue: answers.unborn === 'true' ? 'true' : 'false',
    ageLabel: said(questions.get('ageYears')!.label, locale),
    ageHelp: said(questions.get('ageYears')!.help, locale),
    ageMin: AGE_MIN,
    ageMax: AGE_MAX,
    ageValue: age === undefined ? '' : String(age),
    ageNumber: age ?? 0,
    ageRangeMessage: t(locale, 'avklaring.form.err.ageRange'),
    ageError: problems.byField.ageYears ?? '',
    servicesLabel: said(questions.get('services')!.label, locale),
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
  const consentHelp = t(locale, 'avklaring.form.consentWho', { who: saidIn(consentWho(stage).text, locale) });
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

async function openCasesFor(ctx: AvklaringCtx, turn: Turn): Promise<CaseDoc[]> {
  const me = turn.actor.aadObjectId;
  return (await ctx.cases.list(turn.place.owner)).filter((c) => c.status !== 'closed' && isCaseMember(c, me)).slice(0, 30);
}

/**
 * What the question already says that step 1 asks (the child's age, the services named), for the user to check.
 * Only the profile's own services that the form offers; nothing of the text is kept.
 */
function answersFromQuestion(text: string, profileId: ProfileId): Answers {
  const offered = getProfile(profileId).services.filter((s) => !s.legacy).map((s) => s.id);
  const age = ageFromText(text);
  const services = servicesFromText(text, offered, SERVICE_WORDS);
  return {
    ...(age !== undefined ? { ageYears: String(age) } : {}),
    ...(services.length > 0 ? { services: services.join(',') } : {}),
  };
}

/** The typed question ("hvem bør koordinere for en 7-åring med PPT og helsesykepleier?"): the form's first step. */
export async function sendForm(ctx: AvklaringCtx, turn: Turn, text = ''): Promise<void> {
  const open = await openCasesFor(ctx, turn);
  const profileId = ctx.deps.config.profile;
  const answers = answersFromQuestion(text, profileId);
  const filled = Object.keys(answers).length > 0;
  await turn.send({ card: formCard(turn.locale, profileId, open, answers, NO_PROBLEMS, filled ? t(turn.locale, 'avklaring.form.prefilled') : '') });
  turn.log.info('avklaring.form_sent', { openCases: open.length, prefilled: filled });
}

const caseChoiceSchema = z.union([z.literal('new'), z.string().regex(CASE_REF_PATTERN)]);

/** The form's presses carry their answers as card data: read as a plain record, each field checked below. */
export const formSchema = z.record(z.unknown());
export type FormInput = z.infer<typeof formSchema>;

/** The profile a press is for: the card's own, else the deployment's. */
function profileOf(ctx: AvklaringCtx, data: FormInput): ProfileId {
  const parsed = ProfileId.safeParse(data.profileId);
  return parsed.success ? parsed.data : ctx.deps.config.profile;
}

type StepOneChecked = { ok: true; profileId: ProfileId; answers: Answers; stage: StageOne } | { ok: false; reply: Reply };

/**
 * Reads a press that leaves step 1 (Neste, Send) and checks step 1 (and the chosen case): a fødselsnummer is
 * refused, else the problems, worded for step 1, when something is wrong.
 */
async function checkStepOne(ctx: AvklaringCtx, data: FormInput, press: CardPress): Promise<StepOneChecked> {
  const refusedNumber = personalNumber(press, data);
  if (refusedNumber) return { ok: false, reply: refusedNumber };
  const profileId = profileOf(ctx, data);
  const answers = carriedAnswers(data, profileId);
  const { locale } = press;
  const stage = stageOneOf(answers, profileId);
  const caseOk = caseChoiceSchema.safeParse(answers.caseRef ?? 'new').success;
  if (stage.ok && caseOk) return { ok: true, profileId, answers, stage: stage.value };
  const extra = caseOk ? [] : [{ field: 'caseRef', text: t(locale, 'avklaring.form.unknownCase') }];
  const problems = problemsOf(locale, profileId, stage.ok ? [] : stage.issues, answers, extra);
  press.log.info('avklaring.invalid_input', { step: 1, issues: problems.top.length });
  return { ok: false, reply: reply.card(formCard(locale, profileId, await openCasesFor(ctx, press), answers, problems)) };
}

/** A form press holding something that looks like a fødselsnummer: refused, nothing kept. */
function personalNumber(press: CardPress, data: FormInput): Reply | undefined {
  // The guard before every turn already refuses these; this keeps the handler safe when called on its own.
  if (!valueHasIdNumber(data)) return undefined;
  press.log.warn('avklaring.rejected_personal_number');
  return reply.message(t(press.locale, 'avklaring.form.personalNumber'));
}

/** Neste: step 1 → step 2. Only the person pressing sees the next step; the chat keeps the form for others. */
export async function handleNext(ctx: AvklaringCtx, data: FormInput, press: CardPress): Promise<Reply> {
  const checked = await checkStepOne(ctx, data, press);
  if (!checked.ok) return checked.reply;
  return reply.card(detailsCard(press.locale, checked.profileId, checked.stage, checked.answers));
}

/** Tilbake: step 2 → step 1 with everything answered so far. */
export async function handleFormBack(ctx: AvklaringCtx, data: FormInput, press: CardPress): Promise<Reply> {
  const refusedNumber = personalNumber(press, data);
  if (refusedNumber) return refusedNumber;
  const profileId = profileOf(ctx, data);
  return reply.card(formCard(press.locale, profileId, await openCasesFor(ctx, press), carriedAnswers(data, profileId)));
}

/** Same activity (Teams re-delivery) → same avklaring id, so a repeated submit finds what the first one made. */
export const avklaringIdFor = (conversationId: string, activityId: string) =>
  createHash('sha256').update(`${conversationId}\u0000${activityId}`).digest('hex').slice(0, 24);

export async function handleSubmit(ctx: AvklaringCtx, data: FormInput, press: CardPress): Promise<Reply> {
  const { locale, log } = press;
  const checked = await checkStepOne(ctx, data, press);
  if (!checked.ok) return checked.reply;
  const { profileId, answers } = checked;
  const caseChoice = caseChoiceSchema.parse(answers.caseRef ?? 'new');
  const parsed = parseAdviceInput(adviceInputFromForm({ ...answers, profileId }));
  if (!parsed.ok) {
    const problems = problemsOf(locale, profileId, parsed.issues, answers);
    log.info('avklaring.invalid_input', { step: 2, issues: problems.top.length });
    return reply.card(detailsCard(locale, profileId, checked.stage, answers, problems));
  }
  const advice = adviceInWords(parsed.value);
  if (!advice.ok) return reply.message(t(locale, 'avklaring.form.ageRejected', { message: advice.ageCheck.message[locale] }));

  const owner = press.place.owner;
  const me = press.actor.aadObjectId;
  if (!me) return reply.message(t(locale, 'error.notMember'));
  const now = ctx.deps.now();
  const activityId = opIdOf(press);
  const avklaringId = avklaringIdFor(press.place.conversationId, activityId);
  const existing = await ctx.avklaringer.get(owner, avklaringId);
  if (existing) {
    const caseDoc = await ctx.cases.get(owner, existing.caseRef);
    return reply.card(recommendationCard(locale, existing, await startPeopleFor(press, owner, existing, caseDoc)));
  }

  let caseDoc: CaseDoc | undefined;
  let roster: CaseMember[] | undefined;
  if (caseChoice === 'new') {
    const members: CaseMember[] = (await press.members()).map((m) => ({ aadObjectId: m.aadObjectId, name: m.name, teamsId: m.id, role: 'professional' as const }));
    roster = [...members];
    if (!members.some((m) => m.aadObjectId === me)) {
      members.push({ aadObjectId: me, name: press.actor.name || me, teamsId: press.actor.id, role: 'professional' });
    }
    const ref = await ctx.cases.nextRef(owner, now);
    caseDoc = await ctx.cases.create(owner, { ref, profileId: parsed.value.profileId, createdAt: now.toISOString(), createdBy: me, members }, `${activityId}:case`);
  } else {
    caseDoc = await ctx.cases.get(owner, caseChoice);
    if (!caseDoc || caseDoc.status === 'closed' || !isCaseMember(caseDoc, me)) return reply.message(t(locale, 'avklaring.form.unknownCase'));
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
        conversationId: press.place.conversationId,
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
    activityId,
  );
  await rememberConversation(ctx, press);
  const doc = outcome.doc ?? outcome.result;
  log.info('avklaring.recommended', { caseRef: doc.caseRef, services: parsed.value.services.length, planNeeded: advice.planNeeded.needed });
  return reply.card(recommendationCard(locale, doc, await startPeopleFor(press, owner, doc, created, roster)), { updateShared: true });
}
