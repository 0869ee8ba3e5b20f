"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.avklaringIdFor = void 0;
exports.carriedAnswers = carriedAnswers;
exports.problemsOf = problemsOf;
exports.formCard = formCard;
exports.detailsCard = detailsCard;
exports.sendForm = sendForm;
exports.handleNext = handleNext;
exports.handleFormBack = handleFormBack;
exports.handleSubmit = handleSubmit;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const avklaring_1 = require("../../domain/avklaring");
const profiles_1 = require("../../content/profiles");
const cases_1 = require("../../store/cases");
const turn_1 = require("../turn");
const roster_1 = require("../roster");
const cardResponses_1 = require("../cardResponses");
const app_1 = require("../app");
const common_1 = require("./common");
const privacyGuard_1 = require("../privacyGuard");
const cardActions_1 = require("../cardActions");
const formProblems_1 = require("../formProblems");
const recommendation_1 = require("./recommendation");
const STEP_ONE_KEYS = ['caseRef', 'unborn', 'ageYears', 'services'];
const cardValue = zod_1.z.union([zod_1.z.string().max(2000), zod_1.z.number(), zod_1.z.boolean()]).transform((v) => String(v));
/** Picks the form's own keys from a press's data; anything else (verb, stray fields) is dropped. */
function carriedAnswers(data, profileId) {
    const keys = new Set([...STEP_ONE_KEYS, ...(0, avklaring_1.adviceFormQuestions)(profileId).map((q) => q.id)]);
    const out = {};
    for (const [key, value] of Object.entries(data)) {
        if (!keys.has(key) || key === 'profileId')
            continue;
        const parsed = cardValue.safeParse(Array.isArray(value) ? value.join(',') : value);
        if (parsed.success && parsed.data !== '')
            out[key] = parsed.data;
    }
    return out;
}
/**
 * The answers a card may carry on to the next step: only values the form itself offers (an option, true/false,
 * a whole number, service ids), so a value typed into a crafted press never rides along in the card.
 */
function carriable(answers, profileId) {
    const questions = new Map((0, avklaring_1.adviceFormQuestions)(profileId).map((q) => [q.id, q]));
    const out = {};
    for (const [key, value] of Object.entries(answers)) {
        const q = questions.get(key);
        const ok = key === 'caseRef'
            ? caseChoiceSchema.safeParse(value).success
            : q?.kind === 'boolean'
                ? value === 'true' || value === 'false'
                : q?.kind === 'integer'
                    ? /^-?\d{1,3}$/.test(value)
                    : q?.kind === 'multi-choice'
                        ? /^[a-z0-9-]+(,[a-z0-9-]+)*$/.test(value)
                        : (q?.options ?? []).some((o) => o.value === value);
        if (ok)
            out[key] = value;
    }
    return out;
}
const splitIds = (value) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
function stageOneOf(answers, profileId) {
    return (0, avklaring_1.parseStageOne)({ profileId, unborn: answers.unborn, ageYears: answers.ageYears, serviceIds: splitIds(answers.services) });
}
/** Labels of every field the form shows, to name them in messages. */
function labelsFor(locale, profileId) {
    const profile = (0, profiles_1.getProfile)(profileId);
    // Every service asks the same follow-up question, so its line names the service too.
    const labelOf = (q) => {
        const service = q.serviceId ? profile.services.find((x) => x.id === q.serviceId) : undefined;
        return service ? `${service.name[locale]} – ${q.label[locale]}` : q.label[locale];
    };
    const labels = new Map((0, avklaring_1.adviceFormQuestions)(profileId).map((q) => [q.id, labelOf(q)]));
    labels.set('caseRef', (0, i18n_1.t)(locale, 'avklaring.form.case'));
    return labels;
}
/** One issue from the rules in the user's words, with the field it belongs to. */
function wordIssue(locale, i, serviceIds, answers) {
    const unborn = (0, avklaring_1.adviceFormQuestions)().find((q) => q.id === 'unborn').label[locale];
    const service = /^services\[(\d+)\]\.(\w+)$/.exec(i.path);
    if (service && service[2] !== 'serviceId') {
        const id = serviceIds[Number(service[1])] ?? '';
        const field = `svc.${id}.${service[2]}`;
        if (i.code === 'not-applicable')
            return { field, text: (0, i18n_1.t)(locale, 'avklaring.form.err.notApplicable') };
        return { field, text: (0, i18n_1.t)(locale, i.code === 'missing' ? 'avklaring.form.err.chooseOne' : 'avklaring.form.err.invalidChoice') };
    }
    if (i.path.startsWith('services')) {
        const key = i.code === 'no-services'
            ? 'avklaring.form.err.noServices'
            : i.code === 'too-many-services'
                ? 'avklaring.form.err.tooManyServices'
                : 'avklaring.form.err.unknownService';
        return { field: 'services', text: (0, i18n_1.t)(locale, key, { unborn, max: avklaring_1.MAX_SERVICES }) };
    }
    if (i.path === 'ageYears') {
        const years = Number(answers.ageYears);
        switch (i.code) {
            case 'age-missing':
                return { field: 'ageYears', text: (0, i18n_1.t)(locale, 'avklaring.form.err.ageMissing', { unborn }) };
            case 'age-with-unborn':
                return { field: 'ageYears', text: (0, i18n_1.t)(locale, 'avklaring.form.err.ageWithUnborn') };
            case 'age-out-of-range':
                return years < avklaring_1.AGE_MIN
                    ? { field: 'ageYears', text: (0, i18n_1.t)(locale, 'avklaring.form.err.ageNegative', { unborn }) }
                    : { field: 'ageYears', text: (0, i18n_1.t)(locale, 'avklaring.form.err.ageTooHigh', { years: Math.trunc(years) }) };
            default:
                return { field: 'ageYears', text: (0, i18n_1.t)(locale, 'avklaring.form.err.ageNumber') };
        }
    }
    if (i.code === 'missing')
        return { field: i.path, text: (0, i18n_1.t)(locale, 'avklaring.form.err.chooseOne') };
    if (i.code === 'invalid')
        return { field: i.path, text: (0, i18n_1.t)(locale, 'avklaring.form.err.invalidChoice') };
    return { field: i.path, text: (0, i18n_1.t)(locale, 'avklaring.form.err.other') };
}
/** Every problem at once: one line each at the top ("«Label»: …") and the same words beside the field. */
function problemsOf(locale, profileId, issues, answers, extra = []) {
    const labels = labelsFor(locale, profileId);
    const serviceIds = splitIds(answers.services);
    const worded = [...issues.map((i) => wordIssue(locale, i, serviceIds, answers)), ...extra];
    return (0, formProblems_1.collectProblems)(worded, (field) => labels.get(field), (label, message) => (0, i18n_1.t)(locale, 'avklaring.form.errorLine', { label, message }), (0, i18n_1.t)(locale, 'avklaring.form.err.unreadable'));
}
function cardQuestion(q, locale, answers, problems, help = '') {
    const choices = (q.options ?? []).map((o) => ({ title: o.label[locale], value: o.value }));
    const given = answers[q.id];
    // Only a known option or true/false is shown again: nothing a user typed is echoed into the card.
    const value = q.kind === 'boolean'
        ? given === 'true' || given === 'false'
            ? given
            : String(q.defaultValue ?? false)
        : choices.some((c) => c.value === given)
            ? (given ?? '')
            : '';
    return { id: q.id, label: q.label[locale], help, kind: q.kind, choices, value, error: problems.byField[q.id] ?? '' };
}
/** Step 1: the case, not yet born / age, and which services are involved. */
function formCard(locale, profileId, openCases, answers = {}, problems = formProblems_1.NO_PROBLEMS) {
    const questions = new Map((0, avklaring_1.adviceFormQuestions)(profileId).map((q) => [q.id, q]));
    const profile = (0, profiles_1.getProfile)(profileId);
    const caseChoices = [{ title: (0, i18n_1.t)(locale, 'avklaring.form.newCase'), value: 'new' }, ...openCases.map((c) => ({ title: c.ref, value: c.ref }))];
    const chosen = splitIds(answers.services);
    // A service kept only for old answers is offered again only to someone who already has it ticked.
    const serviceChoices = profile.services
        .filter((s) => !s.legacy || chosen.includes(s.id))
        .map((s) => ({ title: s.name[locale], value: s.id }));
    const age = /^\s*-?\d{1,3}\s*$/.test(answers.ageYears ?? '') ? Number(answers.ageYears) : undefined;
    const rest = Object.fromEntries(Object.entries(carriable(answers, profileId)).filter(([k]) => !STEP_ONE_KEYS.includes(k)));
    return (0, render_1.renderCard)('avklaring-form', {
        title: (0, i18n_1.t)(locale, 'avklaring.form.title'),
        stepLine: (0, i18n_1.t)(locale, 'avklaring.form.step1'),
        errorsTitle: (0, i18n_1.t)(locale, 'avklaring.form.errorsTitle'),
        errors: (0, formProblems_1.problemLines)(problems),
        intro: (0, i18n_1.t)(locale, 'avklaring.form.intro'),
        municipality: profile.displayName[locale],
        caseLabel: (0, i18n_1.t)(locale, 'avklaring.form.case'),
        caseChoices,
        caseValue: caseChoices.some((c) => c.value === answers.caseRef) ? answers.caseRef : 'new',
        caseError: problems.byField.caseRef ?? '',
        unbornLabel: questions.get('unborn').label[locale],
        unbornValue: answers.unborn === 'true' ? 'true' : 'false',
        ageLabel: questions.get('ageYears').label[locale],
        ageHelp: questions.get('ageYears').help?.[locale] ?? '',
        ageMin: avklaring_1.AGE_MIN,
        ageMax: avklaring_1.AGE_MAX,
        ageValue: age === undefined ? '' : String(age),
        ageNumber: age ?? 0,
        ageRangeMessage: (0, i18n_1.t)(locale, 'avklaring.form.err.ageRange'),
        ageError: problems.byField.ageYears ?? '',
        servicesLabel: questions.get('services').label[locale],
        serviceChoices,
        servicesValue: chosen.filter((id) => serviceChoices.some((c) => c.value === id)).join(','),
        servicesError: problems.byField.services ?? '',
        privacy: (0, i18n_1.t)(locale, 'avklaring.form.privacy'),
        next: (0, i18n_1.t)(locale, 'avklaring.form.next'),
        verb: common_1.VERBS.next,
        // Answers of step 2 from an earlier visit come back with Neste, so Tilbake loses nothing.
        nextData: { profileId, ...rest },
    });
}
/** Step 2: the follow-up questions of the ticked services and the questions about the case that matter. */
function detailsCard(locale, profileId, stage, answers, problems = formProblems_1.NO_PROBLEMS) {
    const profile = (0, profiles_1.getProfile)(profileId);
    const questions = (0, avklaring_1.detailQuestions)(profileId, stage);
    const names = stage.serviceIds.map((id) => profile.services.find((s) => s.id === id)?.name[locale] ?? id);
    const ageText = stage.unborn
        ? (0, i18n_1.t)(locale, 'avklaring.form.summaryUnborn')
        : (0, i18n_1.t)(locale, 'avklaring.form.summaryAge', {
            age: stage.ageYears === 0 ? (0, i18n_1.t)(locale, 'avklaring.form.summaryUnder1') : (0, i18n_1.t)(locale, 'avklaring.form.summaryYears', { years: stage.ageYears ?? '' }),
        });
    const servicesText = names.length ? (0, i18n_1.t)(locale, 'avklaring.form.summaryServices', { services: names.join(', ') }) : (0, i18n_1.t)(locale, 'avklaring.form.summaryNoServices');
    const consentHelp = (0, i18n_1.t)(locale, 'avklaring.form.consentWho', { who: (0, avklaring_1.consentWho)(stage).text[locale] });
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
    return (0, render_1.renderCard)('avklaring-form-details', {
        title: (0, i18n_1.t)(locale, 'avklaring.form.title'),
        stepLine: (0, i18n_1.t)(locale, 'avklaring.form.step2'),
        errorsTitle: (0, i18n_1.t)(locale, 'avklaring.form.errorsTitle'),
        errors: (0, formProblems_1.problemLines)(problems),
        summary: `${ageText} · ${servicesText}`,
        serviceSection: (0, i18n_1.t)(locale, 'avklaring.form.serviceSection'),
        serviceGroups,
        caseSection: (0, i18n_1.t)(locale, 'avklaring.form.caseSection'),
        caseQuestions,
        privacy: (0, i18n_1.t)(locale, 'avklaring.form.privacy'),
        back: (0, i18n_1.t)(locale, 'avklaring.form.back'),
        backVerb: common_1.VERBS.formBack,
        submit: (0, i18n_1.t)(locale, 'avklaring.form.submit'),
        submitVerb: common_1.VERBS.submit,
        state,
    });
}
async function openCasesFor(ctx, context) {
    const me = (0, turn_1.actorId)(context);
    return (await ctx.cases.list((0, turn_1.ownerScope)(context))).filter((c) => c.status !== 'closed' && (0, cases_1.isCaseMember)(c, me)).slice(0, 30);
}
async function sendForm(ctx, context, locale) {
    const open = await openCasesFor(ctx, context);
    await (0, turn_1.replyWithCard)(context, formCard(locale, ctx.deps.config.profile, open));
    (0, app_1.turnLogger)(context, ctx.deps.logger).info('avklaring.form_sent', { openCases: open.length });
}
const caseChoiceSchema = zod_1.z.union([zod_1.z.literal('new'), zod_1.z.string().regex(cases_1.CASE_REF_PATTERN)]);
/** The profile a press is for: the card's own, else the deployment's. */
function profileOf(ctx, data) {
    const parsed = profiles_1.ProfileId.safeParse(data.profileId);
    return parsed.success ? parsed.data : ctx.deps.config.profile;
}
/** Checks step 1 (and the chosen case); answers with step 1 and its problems when something is wrong. */
async function checkStepOne(ctx, context, locale, profileId, answers) {
    const stage = stageOneOf(answers, profileId);
    const caseOk = caseChoiceSchema.safeParse(answers.caseRef ?? 'new').success;
    if (stage.ok && caseOk)
        return stage.value;
    const extra = caseOk ? [] : [{ field: 'caseRef', text: (0, i18n_1.t)(locale, 'avklaring.form.unknownCase') }];
    const problems = problemsOf(locale, profileId, stage.ok ? [] : stage.issues, answers, extra);
    (0, app_1.turnLogger)(context, ctx.deps.logger).info('avklaring.invalid_input', { step: 1, issues: problems.top.length });
    await (0, cardResponses_1.respondWithCard)(context, formCard(locale, profileId, await openCasesFor(ctx, context), answers, problems), { updateShared: false });
    return undefined;
}
/** Neste: step 1 → step 2. Only the person pressing sees the next step; the chat keeps the form for others. */
async function handleNext(ctx, context, locale) {
    const data = (0, cardActions_1.actionData)(context);
    // The guard before every turn already refuses these; this keeps the handler safe when called on its own.
    if ((0, privacyGuard_1.valueHasIdNumber)(data)) {
        (0, app_1.turnLogger)(context, ctx.deps.logger).warn('avklaring.rejected_personal_number');
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.form.personalNumber'));
    }
    const profileId = profileOf(ctx, data);
    const answers = carriedAnswers(data, profileId);
    const stage = await checkStepOne(ctx, context, locale, profileId, answers);
    if (!stage)
        return;
    await (0, cardResponses_1.respondWithCard)(context, detailsCard(locale, profileId, stage, answers), { updateShared: false });
}
/** Tilbake: step 2 → step 1 with everything answered so far. */
async function handleFormBack(ctx, context, locale) {
    const data = (0, cardActions_1.actionData)(context);
    if ((0, privacyGuard_1.valueHasIdNumber)(data))
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.form.personalNumber'));
    const profileId = profileOf(ctx, data);
    await (0, cardResponses_1.respondWithCard)(context, formCard(locale, profileId, await openCasesFor(ctx, context), carriedAnswers(data, profileId)), { updateShared: false });
}
/** Same activity (Teams re-delivery) → same avklaring id, so a repeated submit finds what the first one made. */
const avklaringIdFor = (conversationId, activityId) => (0, node_crypto_1.createHash)('sha256').update(`${conversationId}\u0000${activityId}`).digest('hex').slice(0, 24);
exports.avklaringIdFor = avklaringIdFor;
async function handleSubmit(ctx, context, locale) {
    const log = (0, app_1.turnLogger)(context, ctx.deps.logger);
    const data = (0, cardActions_1.actionData)(context);
    // The guard before every turn already refuses these; this keeps the handler safe when called on its own.
    if ((0, privacyGuard_1.valueHasIdNumber)(data)) {
        log.warn('avklaring.rejected_personal_number');
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.form.personalNumber'));
    }
    const profileId = profileOf(ctx, data);
    const answers = carriedAnswers(data, profileId);
    const stage = await checkStepOne(ctx, context, locale, profileId, answers);
    if (!stage)
        return;
    const caseChoice = caseChoiceSchema.parse(answers.caseRef ?? 'new');
    const parsed = (0, avklaring_1.parseAdviceInput)((0, avklaring_1.adviceInputFromForm)({ ...answers, profileId }));
    if (!parsed.ok) {
        const problems = problemsOf(locale, profileId, parsed.issues, answers);
        log.info('avklaring.invalid_input', { step: 2, issues: problems.top.length });
        return (0, cardResponses_1.respondWithCard)(context, detailsCard(locale, profileId, stage, answers, problems), { updateShared: false });
    }
    const advice = (0, avklaring_1.advise)(parsed.value);
    if (!advice.ok)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.form.ageRejected', { message: advice.ageCheck.message[locale] }));
    const owner = (0, turn_1.ownerScope)(context);
    const me = (0, turn_1.actorId)(context);
    if (!me)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.notMember'));
    const now = ctx.deps.now();
    const avklaringId = (0, exports.avklaringIdFor)(context.activity.conversation.id, context.activity.id ?? '');
    const existing = await ctx.avklaringer.get(owner, avklaringId);
    if (existing) {
        const caseDoc = await ctx.cases.get(owner, existing.caseRef);
        return (0, cardResponses_1.respondWithCard)(context, (0, recommendation_1.recommendationCard)(locale, existing, await (0, recommendation_1.startPeopleFor)(ctx, context, owner, existing, caseDoc)), { updateShared: false });
    }
    let caseDoc;
    let roster;
    if (caseChoice === 'new') {
        const members = await (0, roster_1.conversationMembers)(context);
        roster = [...members];
        if (!members.some((m) => m.aadObjectId === me)) {
            members.push({ aadObjectId: me, name: context.activity.from.name ?? me, teamsId: context.activity.from.id, role: 'professional' });
        }
        const ref = await ctx.cases.nextRef(owner, now);
        caseDoc = await ctx.cases.create(owner, { ref, profileId: parsed.value.profileId, createdAt: now.toISOString(), createdBy: me, members }, `${context.activity.id}:case`);
    }
    else {
        caseDoc = await ctx.cases.get(owner, caseChoice);
        if (!caseDoc || caseDoc.status === 'closed' || !(0, cases_1.isCaseMember)(caseDoc, me))
            return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'avklaring.form.unknownCase'));
    }
    const created = caseDoc;
    const outcome = await ctx.avklaringer.update(owner, avklaringId, (current) => {
        if (current)
            return { kind: 'unchanged', result: current };
        const doc = {
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
            answers: parsed.value,
            recommendation: (0, recommendation_1.recommendationSummary)(advice),
            status: 'recommended',
            version: 1,
            participants: [],
        };
        return { kind: 'write', doc, result: doc };
    }, context.activity.id);
    await (0, turn_1.rememberConversation)(context, ctx.conversations, locale, now);
    const doc = outcome.doc ?? outcome.result;
    log.info('avklaring.recommended', { caseRef: doc.caseRef, services: parsed.value.services.length, planNeeded: advice.planNeeded.needed });
    await (0, cardResponses_1.respondWithCard)(context, (0, recommendation_1.recommendationCard)(locale, doc, await (0, recommendation_1.startPeopleFor)(ctx, context, owner, doc, created, roster)), { updateShared: true });
}
//# sourceMappingURL=form.js.map