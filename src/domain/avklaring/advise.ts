import { getProfile, type Condition, type Profile, type ServiceDef } from '../../content/profiles';
import { ROLE_LABELS, type RoleId, type Source, type Text } from '../../content/profiles/vocabulary';
import type { AdviceInput, ServiceEntry } from './input';
import { ADULT_FROM, AGE_MAX, AGE_MIN, BARNEKOORDINATOR_UNTIL, SIGNS_FROM, SRC, T, type Said } from './phrases';

/**
 * The pure "who should coordinate?" rules engine. It reads only the validated input and the municipality
 * profile (data), never the network or the clock, so the same input always gives the same advice.
 */

export type Cited = { text: Said; source: Source };
export type Verdict = 'natural' | 'not-natural' | 'neutral';
export type FollowUp = NonNullable<ServiceEntry['followUp']>;

export type AgeCheck = { ok: boolean; message: Said; source: Source };

/**
 * 'barnekoordinator': the family has the right, so someone coordinates and plans with them even when fewer than
 * two services are in (or the services would not need a plan among themselves).
 */
export type PlanNeededCode = 'plan' | 'iup-iop' | 'no-cooperation-over-time' | 'single-service' | 'no-services' | 'barnekoordinator';
export type PlanNeeded = { needed: boolean; code: PlanNeededCode; reason: Said; source: Source };

export type PlanKind = 'tverrfaglig-plan' | 'stafettlogg' | 'individuell-plan' | 'iup-iop' | 'none';
export type DecidedBy = { unit: Text; text: Text; source: Source };
export type PlanType = {
  kind: PlanKind;
  name: Said;
  /** Where the plan is kept (e.g. Samspill); null when no plan is needed. */
  tool: Text | null;
  /** The role the person in charge has; null when no plan is needed. */
  role: RoleId | null;
  roleLabel: Text | null;
  reason: Said;
  source: Source;
  /** Older model only: whether the statutory conditions for IP + koordinator hold. Null in other models. */
  statutoryConditionsMet: boolean | null;
  /** Set when a unit (e.g. KTK) decides which service holds the role for this plan type. */
  decidedBy: DecidedBy | null;
};

export type Barnekoordinator = {
  right: boolean;
  reason: Said;
  source: Source;
  holder: { text: Text; note: Text | null; source: Source };
  /** How the family gets one in this municipality (whom to contact, and the fallback route). */
  howToGet: Cited;
};

export type Candidate = {
  serviceId: string;
  name: Text;
  verdict: Verdict;
  role: RoleId | null;
  roleLabel: Text | null;
  reason: Text;
  source: Source;
  /** Id of the table rule that decided, or null when none matched. */
  ruleId: string | null;
  followUp: FollowUp | null;
  /** 4 weekly, 3 several times a month, 2 once or twice a year, 1 sporadic, 0 not given. */
  closeness: number;
  /** 1-based position after ranking. */
  rank: number;
};

export type ProcessKind =
  | 'no-services'
  | 'single-service'
  | 'no-plan'
  | 'barnekoordinator'
  | 'keep-existing'
  | 'nobody-wants'
  | 'agree-directly'
  | 'avklaringsmote';
export type Process = {
  kind: ProcessKind;
  serviceCount: number;
  steps: Cited[];
  decidedBy: DecidedBy | null;
  /** What to do when the services cannot agree; null when there is nothing to agree on. */
  ifNoAgreement: (Cited & { rotateYears: number }) | null;
  changeOfCoordinator: Cited;
};

export type Reminder = { id: string; text: Said; source: Source };

export type ProfileSummary = { id: Profile['id']; displayName: Text; tableNote: Text | null };

export type AdviceRejected = { ok: false; profile: ProfileSummary; ageCheck: AgeCheck & { ok: false } };
export type AdviceOk = {
  ok: true;
  profile: ProfileSummary;
  ageCheck: AgeCheck & { ok: true };
  planNeeded: PlanNeeded;
  planType: PlanType;
  barnekoordinator: Barnekoordinator;
  candidates: Candidate[];
  /**
   * The first natural candidate after ranking; null when the table points to no one, or when the services need
   * no plan among themselves (then there is no role to suggest anyone for).
   */
  suggestedServiceId: string | null;
  process: Process;
  /** Who gives consent, by the child's age (source 002). */
  consent: Cited;
  reminders: Reminder[];
};
export type Advice = AdviceOk | AdviceRejected;

const CLOSENESS: Record<FollowUp, number> = { weekly: 4, 'several-monthly': 3, '1-2-a-year': 2, sporadic: 1 };
/** "Tett på" in the table means at least several times a month. */
const CLOSE_ENOUGH = CLOSENESS['several-monthly'];
const VERDICT_ORDER: Record<Verdict, number> = { natural: 0, neutral: 1, 'not-natural': 2 };

export function closenessOf(entry: ServiceEntry): number {
  return entry.followUp ? CLOSENESS[entry.followUp] : 0;
}

/**
 * Whether a service counts towards "several services that must be coordinated": its own facts must not show
 * that it gives no lasting help (the profile data says which facts do), and its coordination must not run on
 * a track of its own (the GP).
 */
export function givesLastingHelp(def: ServiceDef, entry: ServiceEntry): boolean {
  if (!def.countsTowardsCoordination) return false;
  return !def.noLastingHelpWhen.some((c) => serviceFactHolds(c, entry));
}

/** A condition on one service's own fact; an unanswered fact never holds. */
function serviceFactHolds(cond: Extract<Condition, { kind: 'service' }>, entry: ServiceEntry): boolean {
  const value = entry[cond.fact];
  return value !== undefined && cond.in.includes(value);
}

/** Advice for one case. Expects input that passed adviceInputSchema (use parseAdviceInput for raw data). */
export function advise(input: AdviceInput): Advice {
  const profile = getProfile(input.profileId);
  const summary: ProfileSummary = { id: profile.id, displayName: profile.displayName, tableNote: profile.tableNote ?? null };

  const ageCheck = checkAge(input, profile);
  if (!ageCheck.ok) return { ok: false, profile: summary, ageCheck: { ...ageCheck, ok: false } };

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

function serviceDef(profile: Profile, id: string): ServiceDef {
  const def = profile.services.find((s) => s.id === id);
  // The input schema has already checked ids against the profile; reaching this means the caller skipped it.
  if (!def) throw new Error(`Service '${id}' is not in profile '${profile.id}'; validate input with adviceInputSchema first`);
  return def;
}

function checkAge(input: AdviceInput, profile: Profile): AgeCheck {
  const source = profile.ageRangeSource;
  if (input.unborn) return { ok: true, message: T.ageUnborn, source };
  const years = input.ageYears ?? Number.NaN;
  if (!(years >= AGE_MIN)) return { ok: false, message: T.ageNegative, source };
  if (years > AGE_MAX) return { ok: false, message: T.ageTooHigh(years), source };
  return { ok: true, message: T.ageOk(years), source };
}

function decidePlanNeeded(input: AdviceInput, defs: ServiceDef[], bk: Barnekoordinator, profile: Profile): PlanNeeded {
  const among = planAmongServices(input, defs);
  if (among.needed || !bk.right) return among;
  // The barnekoordinator has the coordinator's duties, creating the plan among them (000), so a family with the
  // right is never told that no plan or no coordinating role is needed.
  const source = profile.planModel === 'tverrfaglig-plan' ? SRC.barnekoordinatorPlan : SRC.barnekoordinatorPlanOld;
  return { needed: true, code: 'barnekoordinator', reason: T.planBarnekoordinator, source };
}

function planAmongServices(input: AdviceInput, defs: ServiceDef[]): PlanNeeded {
  const src = SRC.planNeeded;
  if (defs.length === 0) return { needed: false, code: 'no-services', reason: T.planNoServices, source: src };
  if (defs.length < 2) return { needed: false, code: 'single-service', reason: T.planSingleService, source: src };
  if (defs.every((d) => d.category === 'education' || d.category === 'ppt') && defs.some((d) => d.category === 'ppt')) {
    return { needed: false, code: 'iup-iop', reason: T.planIupIop, source: src };
  }
  if (!input.mustCooperateOverTime) {
    return { needed: false, code: 'no-cooperation-over-time', reason: T.planNoCooperation, source: src };
  }
  return { needed: true, code: 'plan', reason: T.planNeeded, source: src };
}

function unitDecision(profile: Profile): DecidedBy | null {
  const d = profile.serviceDecision;
  if (d.decidedBy !== 'coordinating-unit' || !d.unitName) return null;
  return { unit: d.unitName, text: d.text, source: d.source };
}

type PlanTypeDef = Profile['planTypes']['base'];

/** A plan type as the profile describes it (name, tool, the role that holds it), with that role's label. */
const planTypeFields = (def: PlanTypeDef) => ({ name: def.name, tool: def.tool, role: def.role, roleLabel: ROLE_LABELS[def.role] });

function decidePlanType(input: AdviceInput, profile: Profile, defs: ServiceDef[], planNeeded: PlanNeeded): PlanType {
  if (!planNeeded.needed) {
    const iup = planNeeded.code === 'iup-iop';
    return {
      kind: iup ? 'iup-iop' : 'none',
      name: iup ? T.planTypeIupIop : T.planTypeNone,
      tool: null,
      role: null,
      roleLabel: null,
      reason: iup ? T.planIupIop : T.planTypeNoneReason,
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
      roleLabel: ROLE_LABELS.barnekoordinator,
      reason: profile.planModel === 'tverrfaglig-plan' ? T.planTypeBkTverrfaglig(plan.name) : T.planTypeBkIp,
      source: planNeeded.source,
      statutoryConditionsMet: null,
      decidedBy: null,
    };
  }
  if (profile.planModel === 'tverrfaglig-plan') {
    return {
      kind: 'tverrfaglig-plan',
      ...planTypeFields(base),
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
  const statutoryCount = defs.filter(
    (d, i) => profile.planTypes.statutoryCategories.includes(d.category) && givesLastingHelp(d, input.services[i]),
  ).length;
  const met = input.mustCooperateOverTime && input.mustCoordinateAmongThemselves && statutoryCount >= 2;
  const statutory = profile.planTypes.statutory;
  if (met && statutory) {
    const conditions = profile.planTypes.statutoryConditions;
    return {
      kind: 'individuell-plan',
      ...planTypeFields(statutory),
      reason: conditions ? T.statutoryMet(conditions.text) : statutory.description,
      source: conditions?.source ?? statutory.source,
      statutoryConditionsMet: true,
      decidedBy: unit,
    };
  }
  const why = statutoryCount < 2 ? T.statutoryTooFewServices : T.statutoryNoNeedAmongThemselves;
  return {
    kind: 'stafettlogg',
    ...planTypeFields(base),
    reason: T.statutoryNotMet(why, base.description),
    source: base.source,
    statutoryConditionsMet: false,
    decidedBy: profile.serviceDecision.appliesTo === 'all-plans' ? unit : null,
  };
}

function decideBarnekoordinator(input: AdviceInput, profile: Profile): Barnekoordinator {
  const bk = profile.barnekoordinator;
  const common = {
    holder: { text: bk.holder, note: bk.note ?? null, source: bk.source },
    howToGet: { text: bk.howToGet.text, source: bk.howToGet.source },
  };
  // A municipality's own source for the right wins over the general tool (004), which is Tromsø's.
  const own = bk.rightSource;
  if (!input.seriousCondition) return { right: false, reason: T.bkNotSerious, source: own ?? SRC.barnekoordinator, ...common };
  if (!input.unborn && (input.ageYears ?? 0) >= BARNEKOORDINATOR_UNTIL) {
    return { right: false, reason: T.bkTooOld, source: own ?? SRC.barnekoordinatorUntil18, ...common };
  }
  return { right: true, reason: input.unborn ? T.bkRightUnborn : T.bkRight, source: own ?? SRC.barnekoordinator, ...common };
}

type Ctx = { input: AdviceInput; profile: Profile; index: number };

function holds(cond: Condition, ctx: Ctx): boolean {
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
      if (input.unborn) return cond.unborn;
      const years = input.ageYears ?? 0;
      return (cond.minYears === undefined || years >= cond.minYears) && (cond.maxYears === undefined || years <= cond.maxYears);
    }
    case 'others': {
      const count = input.services.filter((entry, i) => {
        if (i === index) return false;
        const { match } = cond;
        if (match.serviceIds && !match.serviceIds.includes(entry.serviceId)) return false;
        const def = serviceDef(profile, entry.serviceId);
        if (match.categories && !match.categories.includes(def.category)) return false;
        if (match.lastingHelp && !givesLastingHelp(def, entry)) return false;
        if (match.fact) {
          const value = entry[match.fact];
          if (value === undefined || !(match.in ?? []).includes(value)) return false;
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

function rankCandidates(input: AdviceInput, profile: Profile, defs: ServiceDef[], planType: PlanType): Candidate[] {
  const unranked = input.services.map((entry, index) => {
    const def = defs[index];
    const rule = def.rules.find((r) => r.when.every((c) => holds(c, { input, profile, index })));
    const role = resolveRole(def, rule?.role, planType.role);
    return {
      serviceId: def.id,
      name: def.name,
      verdict: (rule?.verdict ?? 'neutral') as Verdict,
      role,
      roleLabel: role ? ROLE_LABELS[role] : null,
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

function resolveRole(def: ServiceDef, ruleRole: RoleId | undefined, planRole: RoleId | null): RoleId | null {
  if (ruleRole) return ruleRole;
  if (def.roles.length === 0) return planRole;
  if (planRole && def.roles.includes(planRole)) return planRole;
  return def.roles[0];
}

function decideProcess(input: AdviceInput, profile: Profile, planNeeded: PlanNeeded, planType: PlanType, bk: Barnekoordinator): Process {
  const n = input.services.length;
  const change: Cited = profile.escalation.changeOfCoordinator;
  const base = { serviceCount: n, changeOfCoordinator: change };
  if (planNeeded.code === 'barnekoordinator') {
    return { ...base, kind: 'barnekoordinator', steps: [bk.howToGet], decidedBy: null, ifNoAgreement: null };
  }
  const withBk = (p: Process): Process => (bk.right ? { ...p, steps: [...p.steps, { text: T.stepAlsoBk(bk.howToGet.text), source: bk.howToGet.source }] } : p);
  return withBk(processAmongServices(input, profile, planNeeded, planType, base));
}

function processAmongServices(
  input: AdviceInput,
  profile: Profile,
  planNeeded: PlanNeeded,
  planType: PlanType,
  base: Pick<Process, 'serviceCount' | 'changeOfCoordinator'>,
): Process {
  const n = input.services.length;
  const change = base.changeOfCoordinator;
  if (n === 0) {
    return { ...base, kind: 'no-services', steps: [{ text: T.stepNoServices, source: SRC.planNeeded }], decidedBy: null, ifNoAgreement: null };
  }
  if (n === 1) {
    return { ...base, kind: 'single-service', steps: [{ text: T.stepSingleService, source: SRC.process }], decidedBy: null, ifNoAgreement: null };
  }
  if (!planNeeded.needed) {
    return { ...base, kind: 'no-plan', steps: [{ text: T.stepNoPlan, source: planNeeded.source }], decidedBy: null, ifNoAgreement: null };
  }
  const statutory = planType.kind === 'individuell-plan';
  const noAgreementSrc = (statutory && profile.escalation.statutoryNoAgreement) || profile.escalation.noAgreement;
  const ifNoAgreement = { ...noAgreementSrc, rotateYears: profile.escalation.rotateYears };
  const decidedBy = planType.decidedBy;
  const unitStep: Cited[] = decidedBy ? [{ text: T.stepUnitDecides(decidedBy.unit, decidedBy.text), source: decidedBy.source }] : [];

  if (input.existingCoordinator) {
    return {
      ...base,
      kind: 'keep-existing',
      steps: [{ text: T.stepKeepExisting, source: SRC.roleUntilHandover }, change],
      decidedBy,
      ifNoAgreement,
    };
  }
  if (input.nobodyWantsRole) {
    // Nobody will take it, so there is nothing to agree on in a meeting: go straight to the way out (004), or
    // where a unit decides, to that unit (003).
    const straight: Cited = { text: T.stepNobodyWants(ifNoAgreement.text), source: ifNoAgreement.source };
    return { ...base, kind: 'nobody-wants', steps: [straight, ...unitStep], decidedBy, ifNoAgreement: null };
  }
  const kind = n === 2 ? 'agree-directly' : 'avklaringsmote';
  if (decidedBy) {
    // The unit decides, so the services bring it a proposal instead of settling the role themselves.
    const propose: Cited = { text: n === 2 ? T.stepProposeTwo(decidedBy.unit) : T.stepProposeMany(decidedBy.unit), source: SRC.process };
    return { ...base, kind, steps: [propose, ...unitStep], decidedBy, ifNoAgreement };
  }
  const roleLabel = planType.roleLabel ?? ROLE_LABELS.koordinator;
  const self: Cited = { text: T.stepSelf(planType.name, roleLabel, planType.tool ?? { nb: 'Samspill', en: 'Samspill' }), source: SRC.process };
  const agree: Cited = n === 2 ? { text: T.stepAgreeDirectly, source: SRC.process } : { text: T.stepAvklaringsmote, source: SRC.process };
  return {
    ...base,
    kind,
    steps: [self, agree],
    decidedBy,
    ifNoAgreement,
  };
}

/** Who consents for this child: parents, parents with the youth from 15, the youth alone from 18 (002). */
export function consentWho(input: Pick<AdviceInput, 'unborn' | 'ageYears'>): Cited {
  const years = input.unborn ? -1 : (input.ageYears ?? -1);
  if (years >= ADULT_FROM) return { text: T.consentAdult, source: SRC.consentWho };
  if (years >= SIGNS_FROM) return { text: T.consentFrom15, source: SRC.consentWho };
  return { text: T.consentParents, source: SRC.consentWho };
}

function collectReminders(input: AdviceInput, profile: Profile, planNeeded: PlanNeeded, process: Process): Reminder[] {
  const out: Reminder[] = [];
  const who = consentWho(input);
  if (!input.consentInPlace) {
    out.push({ id: 'consent', text: T.reminderConsent, source: SRC.process });
    out.push({ id: 'consent-who', text: who.text, source: who.source });
  } else if (!input.unborn && (input.ageYears ?? 0) >= ADULT_FROM) {
    // Consent is in place, but the young adult still decides who is involved from here on.
    out.push({ id: 'consent-who', text: who.text, source: who.source });
  }
  if (process.kind === 'agree-directly' || process.kind === 'avklaringsmote' || process.kind === 'keep-existing' || process.kind === 'nobody-wants') {
    out.push({ id: 'family-not-present', text: T.reminderFamilyNotPresent, source: SRC.familyNotPresent });
  }
  // The barnekoordinator role is the exception: it is not held on top of another job in the case (002).
  if (planNeeded.needed && planNeeded.code !== 'barnekoordinator') out.push({ id: 'double-role', text: T.reminderDoubleRole, source: SRC.doubleRole });
  for (const r of profile.extraReminders) {
    if (!r.onlyWhenPlanNeeded || planNeeded.needed) out.push({ id: r.id, text: r.text, source: r.source });
  }
  return out;
}
