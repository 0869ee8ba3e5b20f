import { createHash } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import { adviceFormQuestions, adviceInputFromForm, advise, parseAdviceInput, type FormQuestion } from '../../domain/avklaring';
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
import { recommendationCard, recommendationSummary, startPeopleFor } from './recommendation';

type CardQuestion = {
  id: string;
  label: string;
  help: string;
  kind: FormQuestion['kind'];
  choices: { title: string; value: string }[];
  value: string;
  min: number;
  max: number;
};

function cardQuestion(q: FormQuestion, locale: Locale): CardQuestion {
  return {
    id: q.id,
    label: q.label[locale],
    help: q.help ? q.help[locale] : '',
    kind: q.kind,
    choices: (q.options ?? []).map((o) => ({ title: o.label[locale], value: o.value })),
    value: q.defaultValue === undefined ? '' : String(q.defaultValue),
    min: q.min ?? 0,
    max: q.max ?? 150,
  };
}

/** The form card: the engine's questions as choice sets, toggles and one number; no free text field exists. */
export function formCard(locale: Locale, profileId: ProfileId, openCases: Pick<CaseDoc, 'ref'>[]): AdaptiveCardJson {
  const questions = adviceFormQuestions(profileId).filter((q) => q.id !== 'profileId');
  const profile = getProfile(profileId);
  const caseQuestions = questions.filter((q) => !q.serviceId).map((q) => cardQuestion(q, locale));
  const serviceGroups = profile.services
    .map((s) => ({ name: s.name[locale], questions: questions.filter((q) => q.serviceId === s.id).map((q) => cardQuestion(q, locale)) }))
    .filter((g) => g.questions.length > 0);
  return renderCard('avklaring-form', {
    title: t(locale, 'avklaring.form.title'),
    intro: t(locale, 'avklaring.form.intro'),
    municipality: profile.displayName[locale],
    caseLabel: t(locale, 'avklaring.form.case'),
    caseChoices: [{ title: t(locale, 'avklaring.form.newCase'), value: 'new' }, ...openCases.map((c) => ({ title: c.ref, value: c.ref }))],
    caseSection: t(locale, 'avklaring.form.caseSection'),
    caseQuestions,
    serviceSection: t(locale, 'avklaring.form.serviceSection'),
    serviceHint: t(locale, 'avklaring.form.serviceHint'),
    serviceGroups,
    privacy: t(locale, 'avklaring.form.privacy'),
    submit: t(locale, 'avklaring.form.submit'),
    verb: VERBS.submit,
    profileId,
  });
}

export async function sendForm(ctx: AvklaringCtx, context: TurnContext, locale: Locale): Promise<void> {
  const owner = ownerScope(context);
  const me = actorId(context);
  const open = (await ctx.cases.list(owner)).filter((c) => c.status !== 'closed' && isCaseMember(c, me)).slice(0, 30);
  await replyWithCard(context, formCard(locale, ctx.deps.config.profile, open));
  turnLogger(context, ctx.deps.logger).info('avklaring.form_sent', { openCases: open.length });
}

const caseChoiceSchema = z.union([z.literal('new'), z.string().regex(CASE_REF_PATTERN)]);

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
  const caseChoice = caseChoiceSchema.safeParse(data.caseRef === undefined || data.caseRef === '' ? 'new' : data.caseRef);
  const parsed = parseAdviceInput(adviceInputFromForm(data));
  if (!parsed.ok || !caseChoice.success) {
    const lines = parsed.ok ? [] : parsed.issues.map((i) => `- ${i.path}: ${i.message[locale]}`);
    if (!caseChoice.success) lines.push(`- caseRef: ${t(locale, 'avklaring.form.unknownCase')}`);
    log.info('avklaring.invalid_input', { issues: lines.length });
    return respondWithMessage(context, t(locale, 'avklaring.form.invalid', { details: lines.join('\n') }));
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
  if (caseChoice.data === 'new') {
    const members = await conversationMembers(context);
    roster = [...members];
    if (!members.some((m) => m.aadObjectId === me)) {
      members.push({ aadObjectId: me, name: context.activity.from.name ?? me, teamsId: context.activity.from.id, role: 'professional' });
    }
    const ref = await ctx.cases.nextRef(owner, now);
    caseDoc = await ctx.cases.create(owner, { ref, profileId: parsed.value.profileId, createdAt: now.toISOString(), createdBy: me, members }, `${context.activity.id}:case`);
  } else {
    caseDoc = await ctx.cases.get(owner, caseChoice.data);
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
