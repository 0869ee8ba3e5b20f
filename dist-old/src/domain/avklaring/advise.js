"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.closenessOf = closenessOf;
exports.givesLastingHelp = givesLastingHelp;
exports.advise = advise;
exports.consentWho = consentWho;
const profiles_1 = require("../../content/profiles");
const vocabulary_1 = require("../../content/profiles/vocabulary");
const texts_1 = require("./texts");
const CLOSENESS = { weekly: 4, 'several-monthly': 3, '1-2-a-year': 2, sporadic: 1 };
/** "Tett på" in the table means at least several times a month. */
const CLOSE_ENOUGH = CLOSENESS['several-monthly'];
const VERDICT_ORDER = { natural: 0, neutral: 1, 'not-natural': 2 };
function closenessOf(entry) {
    return entry.followUp ? CLOSENESS[entry.followUp] : 0;
}
/**
 * Whether a service counts towards "several services that must be coordinated": its own facts must not show
 * that it gives no lasting help (the profile data says which facts do), and its coordination must not run on
 * a track of its own (the GP).
 */
function givesLastingHelp(def, entry) {
    if (!def.countsTowardsCoordination)
        return false;
    return !def.noLastingHelpWhen.some((c) => serviceFactHolds(c, entry));
}
/** A condition on one service's own fact; an unanswered fact never holds. */
function serviceFactHolds(cond, entry) {
    const value = entry[cond.fact];
    return value !== undefined && cond.in.includes(value);
}
/** Advice for one case. Expects input that passed adviceInputSchema (use parseAdviceInput for raw data). */
function advise(input) {
    const profile = (0, profiles_1.getProfile)(input.profileId);
    const summary = { id: profile.id, displayName: profile.displayName, tableNote: profile.tableNote ?? null };
    const ageCheck = checkAge(input, profile);
    if (!ageCheck.ok)
        return { ok: false, profile: summary, ageCheck: { ...ageCheck, ok: false } };
    const defs = input.services.map((entry) => serviceDef(profile, entry.serviceId));
    const barnekoordinator = decideBarnekoordinator(input, profile);
    const planNeeded = decidePlanNeeded(input, defs, barnekoordinator, profile);
    const planType = decidePlanType(input, profile, defs, planNeeded);
    const candidates = rankCandidates(input, profile, defs, planType);
    const process = decideProcess(input, profile, planNeeded, planType, barnekoordinator);
    return {
        ok: true,
        profile: summary,
        ageCheck: { ...ageCheck, ok: true },
        planNeeded,
        planType,
        barnekoordinator,
        candidates,
        suggestedServiceId: planNeeded.code === 'plan' ? (candidates.find((c) => c.verdict === 'natural')?.serviceId ?? null) : null,
        process,
        consent: consentWho(input),
        reminders: collectReminders(input, profile, planNeeded, process),
    };
}
function serviceDef(profile, id) {
    const def = profile.services.find((s) => s.id === id);
    // The input schema has already checked ids against the profile; reaching this means the caller skipped it.
    if (!def)
        throw new Error(`Service '${id}' is not in profile '${profile.id}'; validate input with adviceInputSchema first`);
    return def;
}
function checkAge(input, profile) {
    const source = profile.ageRangeSource;
    if (input.unborn)
        return { ok: true, message: texts_1.T.ageUnborn, source };
    const years = input.ageYears ?? Number.NaN;
    if (!(years >= texts_1.AGE_MIN))
        return { ok: false, message: texts_1.T.ageNegative, source };
    if (years > texts_1.AGE_MAX)
        return { ok: false, message: texts_1.T.ageTooHigh(years), source };
    return { ok: true, message: texts_1.T.ageOk(years), source };
}
function decidePlanNeeded(input, defs, bk, profile) {
    const among = planAmongServices(input, defs);
    if (among.needed || !bk.right)
        return among;
    // The barnekoordinator has the coordinator's duties, creating the plan among them (000), so a family with the
    // right is never told that no plan or no coordinating role is needed.
    const source = profile.planModel === 'tverrfaglig-plan' ? texts_1.SRC.barnekoordinatorPlan : texts_1.SRC.barnekoordinatorPlanOld;
    return { needed: true, code: 'barnekoordinator', reason: texts_1.T.planBarnekoordinator, source };
}
function planAmongServices(input, defs) {
    const src = texts_1.SRC.planNeeded;
    if (defs.length === 0)
        return { needed: false, code: 'no-services', reason: texts_1.T.planNoServices, source: src };
    if (defs.length < 2)
        return { needed: false, code: 'single-service', reason: texts_1.T.planSingleService, source: src };
    if (defs.every((d) => d.category === 'education' || d.category === 'ppt') && defs.some((d) => d.category === 'ppt')) {
        return { needed: false, code: 'iup-iop', reason: texts_1.T.planIupIop, source: src };
    }
    if (!input.mustCooperateOverTime) {
        return { needed: false, code: 'no-cooperation-over-time', reason: texts_1.T.planNoCooperation, source: src };
    }
    return { needed: true, code: 'plan', reason: texts_1.T.planNeeded, source: src };
}
function unitDecision(profile) {
    const d = profile.serviceDecision;
    if (d.decidedBy !== 'coordinating-unit' || !d.unitName)
        return null;
    return { unit: d.unitName, text: d.text, source: d.source };
}
function decidePlanType(input, profile, defs, planNeeded) {
    if (!planNeeded.needed) {
        const iup = planNeeded.code === 'iup-iop';
        return {
            kind: iup ? 'iup-iop' : 'none',
            name: iup ? texts_1.T.planTypeIupIop : texts_1.T.planTypeNone,
            tool: null,
            role: null,
            roleLabel: null,
            reason: iup ? texts_1.T.planIupIop : texts_1.T.planTypeNoneReason,
            source: planNeeded.source,
            statutoryConditionsMet: null,
            decidedBy: null,
        };
    }
    const base = profile.planTypes.base;
    const unit = unitDecision(profile);
    if (planNeeded.code === 'barnekoordinator') {
        // The plan the barnekoordinator is responsible for: the one plan type (000), or in the older model the
        // individual plan, which builds on consent (001, 003).
        const plan = profile.planModel === 'tverrfaglig-plan' ? base : (profile.planTypes.statutory ?? base);
        return {
            kind: profile.planModel === 'tverrfaglig-plan' ? 'tverrfaglig-plan' : 'individuell-plan',
            name: plan.name,
            tool: plan.tool,
            role: 'barnekoordinator',
            roleLabel: vocabulary_1.ROLE_LABELS.barnekoordinator,
            reason: profile.planModel === 'tverrfaglig-plan' ? texts_1.T.planTypeBkTverrfaglig(plan.name) : texts_1.T.planTypeBkIp,
            source: planNeeded.source,
            statutoryConditionsMet: null,
            decidedBy: null,
        };
    }
    if (profile.planModel === 'tverrfaglig-plan') {
        return {
            kind: 'tverrfaglig-plan',
            name: base.name,
            tool: base.tool,
            role: base.role,
            roleLabel: vocabulary_1.ROLE_LABELS[base.role],
            reason: base.description,
            source: base.source,
            statutoryConditionsMet: null,
            decidedBy: profile.serviceDecision.appliesTo === 'all-plans' ? unit : null,
        };
    }
    // Older model: IP + koordinator when at least two municipal health and care services, child welfare or NAV
    // give lasting help and must settle their efforts among themselves, beyond the school's need to work with
    // each of them (004 Koordineringstrappa, 001 Koordinator); otherwise stafettlogg with a stafettholder.
    // School cooperation alone never gives the right (001), and the GP's medical coordination is separate (003).
    const statutoryCount = defs.filter((d, i) => profile.planTypes.statutoryCategories.includes(d.category) && givesLastingHelp(d, input.services[i])).length;
    const met = input.mustCooperateOverTime && input.mustCoordinateAmongThemselves && statutoryCount >= 2;
    const statutory = profile.planTypes.statutory;
    if (met && statutory) {
        const conditions = profile.planTypes.statutoryConditions;
        return {
            kind: 'individuell-plan',
            name: statutory.name,
            tool: statutory.tool,
            role: statutory.role,
            roleLabel: vocabulary_1.ROLE_LABELS[statutory.role],
            reason: conditions ? texts_1.T.statutoryMet(conditions.text) : statutory.description,
            source: conditions?.source ?? statutory.source,
            statutoryConditionsMet: true,
            decidedBy: unit,
        };
    }
    const why = statutoryCount < 2 ? texts_1.T.statutoryTooFewServices : texts_1.T.statutoryNoNeedAmongThemselves;
    return {
        kind: 'stafettlogg',
        name: base.name,
        tool: base.tool,
        role: base.role,
        roleLabel: vocabulary_1.ROLE_LABELS[base.role],
        reason: { nb: `${why.nb} ${base.description.nb}`, en: `${why.en} ${base.description.en}` },
        source: base.source,
        statutoryConditionsMet: false,
        decidedBy: profile.serviceDecision.appliesTo === 'all-plans' ? unit : null,
    };
}
function decideBarnekoordinator(input, profile) {
    const bk = profile.barnekoordinator;
    const common = {
        holder: { text: bk.holder, note: bk.note ?? null, source: bk.source },
        howToGet: { text: bk.howToGet.text, source: bk.howToGet.source },
    };
    // A municipality's own source for the right wins over the general tool (004), which is Tromsø's.
    const own = bk.rightSource;
    if (!input.seriousCondition)
        return { right: false, reason: texts_1.T.bkNotSerious, source: own ?? texts_1.SRC.barnekoordinator, ...common };
    if (!input.unborn && (input.ageYears ?? 0) >= texts_1.BARNEKOORDINATOR_UNTIL) {
        return { right: false, reason: texts_1.T.bkTooOld, source: own ?? texts_1.SRC.barnekoordinatorUntil18, ...common };
    }
    return { right: true, reason: input.unborn ? texts_1.T.bkRightUnborn : texts_1.T.bkRight, source: own ?? texts_1.SRC.barnekoordinator, ...common };
}
function holds(cond, ctx) {
    const { input, profile, index } = ctx;
    const self = input.services[index];
    switch (cond.kind) {
        case 'service':
            return serviceFactHolds(cond, self);
        case 'case': {
            const value = input[cond.fact];
            return value !== undefined && cond.in.includes(value);
        }
        case 'age': {
            if (input.unborn)
                return cond.unborn;
            const years = input.ageYears ?? 0;
            return (cond.minYears === undefined || years >= cond.minYears) && (cond.maxYears === undefined || years <= cond.maxYears);
        }
        case 'others': {
            const count = input.services.filter((entry, i) => {
                if (i === index)
                    return false;
                const { match } = cond;
                if (match.serviceIds && !match.serviceIds.includes(entry.serviceId))
                    return false;
                const def = serviceDef(profile, entry.serviceId);
                if (match.categories && !match.categories.includes(def.category))
                    return false;
                if (match.lastingHelp && !givesLastingHelp(def, entry))
                    return false;
                if (match.fact) {
                    const value = entry[match.fact];
                    if (value === undefined || !(match.in ?? []).includes(value))
                        return false;
                }
                return true;
            }).length;
            return (cond.atLeast === undefined || count >= cond.atLeast) && (cond.atMost === undefined || count <= cond.atMost);
        }
        case 'closer-others': {
            // "Closer" means another service is itself close (several times a month or more) and follows more often.
            const own = closenessOf(self);
            const exists = input.services.some((entry, i) => i !== index && closenessOf(entry) >= CLOSE_ENOUGH && closenessOf(entry) > own);
            return exists === cond.exists;
        }
    }
}
function rankCandidates(input, profile, defs, planType) {
    const unranked = input.services.map((entry, index) => {
        const def = defs[index];
        const rule = def.rules.find((r) => r.when.every((c) => holds(c, { input, profile, index })));
        const role = resolveRole(def, rule?.role, planType.role);
        return {
            serviceId: def.id,
            name: def.name,
            verdict: (rule?.verdict ?? 'neutral'),
            role,
            roleLabel: role ? vocabulary_1.ROLE_LABELS[role] : null,
            reason: rule?.reason ?? def.noMatchReason,
            source: rule?.source ?? def.source,
            ruleId: rule?.id ?? null,
            followUp: entry.followUp ?? null,
            closeness: closenessOf(entry),
            index,
        };
    });
    unranked.sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.closeness - a.closeness || a.index - b.index);
    return unranked.map(({ index: _index, ...c }, i) => ({ ...c, rank: i + 1 }));
}
function resolveRole(def, ruleRole, planRole) {
    if (ruleRole)
        return ruleRole;
    if (def.roles.length === 0)
        return planRole;
    if (planRole && def.roles.includes(planRole))
        return planRole;
    return def.roles[0];
}
function decideProcess(input, profile, planNeeded, planType, bk) {
    const n = input.services.length;
    const change = profile.escalation.changeOfCoordinator;
    const base = { serviceCount: n, changeOfCoordinator: change };
    if (planNeeded.code === 'barnekoordinator') {
        return { ...base, kind: 'barnekoordinator', steps: [bk.howToGet], decidedBy: null, ifNoAgreement: null };
    }
    const withBk = (p) => (bk.right ? { ...p, steps: [...p.steps, { text: texts_1.T.stepAlsoBk(bk.howToGet.text), source: bk.howToGet.source }] } : p);
    return withBk(processAmongServices(input, profile, planNeeded, planType, base));
}
function processAmongServices(input, profile, planNeeded, planType, base) {
    const n = input.services.length;
    const change = base.changeOfCoordinator;
    if (n === 0) {
        return { ...base, kind: 'no-services', steps: [{ text: texts_1.T.stepNoServices, source: texts_1.SRC.planNeeded }], decidedBy: null, ifNoAgreement: null };
    }
    if (n === 1) {
        return { ...base, kind: 'single-service', steps: [{ text: texts_1.T.stepSingleService, source: texts_1.SRC.process }], decidedBy: null, ifNoAgreement: null };
    }
    if (!planNeeded.needed) {
        return { ...base, kind: 'no-plan', steps: [{ text: texts_1.T.stepNoPlan, source: planNeeded.source }], decidedBy: null, ifNoAgreement: null };
    }
    const statutory = planType.kind === 'individuell-plan';
    const noAgreementSrc = (statutory && profile.escalation.statutoryNoAgreement) || profile.escalation.noAgreement;
    const ifNoAgreement = { ...noAgreementSrc, rotateYears: profile.escalation.rotateYears };
    const decidedBy = planType.decidedBy;
    const unitStep = decidedBy ? [{ text: texts_1.T.stepUnitDecides(decidedBy.unit, decidedBy.text), source: decidedBy.source }] : [];
    if (input.existingCoordinator) {
        return {
            ...base,
            kind: 'keep-existing',
            steps: [{ text: texts_1.T.stepKeepExisting, source: texts_1.SRC.roleUntilHandover }, change],
            decidedBy,
            ifNoAgreement,
        };
    }
    if (input.nobodyWantsRole) {
        // Nobody will take it, so there is nothing to agree on in a meeting: go straight to the way out (004), or
        // where a unit decides, to that unit (003).
        const straight = { text: texts_1.T.stepNobodyWants(ifNoAgreement.text), source: ifNoAgreement.source };
        return { ...base, kind: 'nobody-wants', steps: [straight, ...unitStep], decidedBy, ifNoAgreement: null };
    }
    const kind = n === 2 ? 'agree-directly' : 'avklaringsmote';
    if (decidedBy) {
        // The unit decides, so the services bring it a proposal instead of settling the role themselves.
        const propose = { text: n === 2 ? texts_1.T.stepProposeTwo(decidedBy.unit) : texts_1.T.stepProposeMany(decidedBy.unit), source: texts_1.SRC.process };
        return { ...base, kind, steps: [propose, ...unitStep], decidedBy, ifNoAgreement };
    }
    const roleLabel = planType.roleLabel ?? vocabulary_1.ROLE_LABELS.koordinator;
    const self = { text: texts_1.T.stepSelf(planType.name, roleLabel, planType.tool ?? { nb: 'Samspill', en: 'Samspill' }), source: texts_1.SRC.process };
    const agree = n === 2 ? { text: texts_1.T.stepAgreeDirectly, source: texts_1.SRC.process } : { text: texts_1.T.stepAvklaringsmote, source: texts_1.SRC.process };
    return {
        ...base,
        kind,
        steps: [self, agree],
        decidedBy,
        ifNoAgreement,
    };
}
/** Who consents for this child: parents, parents with the youth from 15, the youth alone from 18 (002). */
function consentWho(input) {
    const years = input.unborn ? -1 : (input.ageYears ?? -1);
    if (years >= texts_1.ADULT_FROM)
        return { text: texts_1.T.consentAdult, source: texts_1.SRC.consentWho };
    if (years >= texts_1.SIGNS_FROM)
        return { text: texts_1.T.consentFrom15, source: texts_1.SRC.consentWho };
    return { text: texts_1.T.consentParents, source: texts_1.SRC.consentWho };
}
function collectReminders(input, profile, planNeeded, process) {
    const out = [];
    const who = consentWho(input);
    if (!input.consentInPlace) {
        out.push({ id: 'consent', text: texts_1.T.reminderConsent, source: texts_1.SRC.process });
        out.push({ id: 'consent-who', text: who.text, source: who.source });
    }
    else if (!input.unborn && (input.ageYears ?? 0) >= texts_1.ADULT_FROM) {
        // Consent is in place, but the young adult still decides who is involved from here on.
        out.push({ id: 'consent-who', text: who.text, source: who.source });
    }
    if (process.kind === 'agree-directly' || process.kind === 'avklaringsmote' || process.kind === 'keep-existing' || process.kind === 'nobody-wants') {
        out.push({ id: 'family-not-present', text: texts_1.T.reminderFamilyNotPresent, source: texts_1.SRC.familyNotPresent });
    }
    // The barnekoordinator role is the exception: it is not held on top of another job in the case (002).
    if (planNeeded.needed && planNeeded.code !== 'barnekoordinator')
        out.push({ id: 'double-role', text: texts_1.T.reminderDoubleRole, source: texts_1.SRC.doubleRole });
    for (const r of profile.extraReminders) {
        if (!r.onlyWhenPlanNeeded || planNeeded.needed)
            out.push({ id: r.id, text: r.text, source: r.source });
    }
    return out;
}
//# sourceMappingURL=advise.js.map