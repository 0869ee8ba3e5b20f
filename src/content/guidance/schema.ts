import { z } from 'zod';
import { sourceSchema, textSchema, type Source, type Text } from '../profiles/vocabulary';

/**
 * Guidance content is pure data per municipality profile: the verktøy catalogue, the BTI level navigator,
 * the special routes and the contacts. The rules in src/domain/guidance read it; a third municipality is a
 * new folder in src/content/municipalities, never a branch in the rules.
 *
 * Texts and citations are the profiles' own (src/content/profiles/vocabulary.ts), and both cite through
 * src/domain/sources.ts (worded by src/present/sources.ts), so a document is named the same way on every card.
 */

export const guidanceTextSchema = textSchema;
export type GuidanceText = Text;

export const guidanceSourceSchema = sourceSchema;
export type GuidanceSource = Source;

/** Citations come from the one table of source documents, as in the profiles. */
export { cite } from '../../domain/sources';

export const LEVELS = [0, 1, 2] as const;
export const levelSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type LevelNumber = z.infer<typeof levelSchema>;

const asciiId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and dashes');

/**
 * - tool: a BTI verktøy (a form, a how-to, a template);
 * - resource: another resource the guide points to (a website, a model, an action plan);
 * - routine: a municipal routine or guideline document.
 */
export const TOOL_KINDS = ['tool', 'resource', 'routine'] as const;
/** Where in the source list the item stands; 'original' tools were due for revision in autumn 2025. */
export const TOOL_GENERATIONS = ['original', 'revised', 'other'] as const;
export const AUDIENCES = ['staff', 'leader', 'coordinator', 'participant', 'parents', 'child'] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;

export const AUDIENCE_LABELS: Record<Audience, GuidanceText> = {
  staff: { nb: 'alle ansatte som jobber med barn og unge', en: 'all staff working with children and youth' },
  leader: { nb: 'ledere', en: 'leaders' },
  coordinator: { nb: 'koordinator', en: 'the coordinator' },
  participant: { nb: 'fagpersoner i planen', en: 'professionals in the plan' },
  parents: { nb: 'foresatte', en: 'parents and guardians' },
  child: { nb: 'barnet eller ungdommen', en: 'the child or young person' },
};

export const toolSchema = z
  .object({
    id: asciiId,
    kind: z.enum(TOOL_KINDS),
    generation: z.enum(TOOL_GENERATIONS),
    /** The name as the municipality uses it (nb) and a plain translation (en). */
    name: guidanceTextSchema,
    description: guidanceTextSchema,
    audience: z.array(audienceSchema).min(1),
    /** Only URLs given in the sources. Undefined means: the card points to the profile's `missingLinkHint`. */
    link: z.string().url().optional(),
    /** Where to find it when there is no link, e.g. "also a template in Samspill". */
    whereToFind: guidanceTextSchema.optional(),
    /** Search words and synonyms; several-word entries match as phrases. */
    keywords: z.object({ nb: z.array(z.string().min(2)), en: z.array(z.string().min(2)) }).strict(),
    source: guidanceSourceSchema,
  })
  .strict();
export type ToolData = z.infer<typeof toolSchema>;

export const gotoSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('level'), level: levelSchema }).strict(),
  z.object({ kind: z.literal('step'), level: levelSchema, stepIndex: z.number().int().min(0) }).strict(),
  z.object({ kind: z.literal('meldeplikt') }).strict(),
  z.object({ kind: z.literal('route'), routeId: asciiId }).strict(),
  z.object({ kind: z.literal('close') }).strict(),
]);
export type Goto = z.infer<typeof gotoSchema>;

export const supportQuestionSchema = z.object({ text: guidanceTextSchema, goto: gotoSchema.optional() }).strict();
export type SupportQuestion = z.infer<typeof supportQuestionSchema>;

/** One line of guidance; it names its own source when that differs from the step's (a profile's addition). */
export const guidanceLineSchema = z
  .object({ nb: z.string().min(1), en: z.string().min(1), source: guidanceSourceSchema.optional() })
  .strict();
export type GuidanceLine = z.infer<typeof guidanceLineSchema>;

export const stepSchema = z
  .object({
    id: asciiId,
    title: guidanceTextSchema,
    /** What to do in this step, in short sentences. */
    whatToDo: z.array(guidanceLineSchema).min(1),
    supportQuestions: z.array(supportQuestionSchema),
    /** Tools the source lists under this step. */
    toolIds: z.array(asciiId),
    /**
     * Tools that fit the step's activity although the source does not list them there (several "Verktøy"
     * headings in the source lost their lists). Kept apart so the card can say "se også".
     */
    relatedToolIds: z.array(asciiId),
    /** Special routes to show as a warning on this step (e.g. violence). */
    routeIds: z.array(asciiId).default([]),
    source: guidanceSourceSchema,
  })
  .strict();
export type StepData = z.infer<typeof stepSchema>;

export const levelDataSchema = z
  .object({
    level: levelSchema,
    title: guidanceTextSchema,
    summary: guidanceTextSchema,
    steps: z.array(stepSchema).min(1),
    source: guidanceSourceSchema,
  })
  .strict();
export type LevelData = z.infer<typeof levelDataSchema>;

export const CONTACT_IDS = [
  'police',
  'barnevernvakta',
  'barneverntjenesten',
  'bekymringsmelding-portal',
  'ressurssenteret',
  'samspill-support',
  'koordinerende-enhet',
] as const;
export const contactIdSchema = z.enum(CONTACT_IDS);
export type ContactId = z.infer<typeof contactIdSchema>;

export const contactSchema = z
  .object({
    id: contactIdSchema,
    name: guidanceTextSchema,
    description: guidanceTextSchema,
    /** Digits and single spaces, as written in the source. Undefined when the source gives none. */
    phone: z.string().regex(/^\d+(?: \d+)*$/).optional(),
    hours: guidanceTextSchema.optional(),
    email: z.string().email().optional(),
    link: z.string().url().optional(),
    source: guidanceSourceSchema,
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;

export const specialRouteSchema = z
  .object({
    id: asciiId,
    title: guidanceTextSchema,
    /** When this route applies, in one sentence. */
    when: guidanceTextSchema,
    whatToDo: z.array(guidanceTextSchema).min(1),
    /** True when the route outranks everything else (violence, sexual abuse). */
    emergency: z.boolean(),
    toolIds: z.array(asciiId),
    contactIds: z.array(contactIdSchema),
    source: guidanceSourceSchema,
  })
  .strict();
export type SpecialRoute = z.infer<typeof specialRouteSchema>;

export const guidanceContentSchema = z
  .object({
    /** The municipality's id, added by the registry from the folder's index.ts. */
    profileId: asciiId,
    municipality: z.string().min(1),
    /** Shown on a tool card when the tool has no link. */
    missingLinkHint: guidanceTextSchema,
    tools: z.array(toolSchema).min(1),
    levels: z.array(levelDataSchema).length(3),
    specialRoutes: z.array(specialRouteSchema),
    contacts: z.array(contactSchema).min(1),
    /** Extra profile notes for the meldeplikt guide (e.g. who to call in this municipality). */
    meldepliktNote: z.object({ text: guidanceTextSchema, source: guidanceSourceSchema }).strict().optional(),
  })
  .strict()
  .superRefine((content, ctx) => {
    const issue = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    };
    const toolIds = new Set<string>();
    content.tools.forEach((tool, i) => {
      if (toolIds.has(tool.id)) issue(['tools', i, 'id'], `duplicate tool id '${tool.id}'`);
      toolIds.add(tool.id);
    });
    const routeIds = new Set(content.specialRoutes.map((r) => r.id));
    const contactIds = new Set(content.contacts.map((c) => c.id));
    if (!contactIds.has('police')) issue(['contacts'], 'every profile needs the police emergency contact');
    content.levels.forEach((level, li) => {
      if (level.level !== li) issue(['levels', li, 'level'], `levels must be listed in order 0, 1, 2 (found ${level.level} at ${li})`);
      const stepIds = new Set<string>();
      level.steps.forEach((step, si) => {
        const at = ['levels', li, 'steps', si];
        if (stepIds.has(step.id)) issue([...at, 'id'], `duplicate step id '${step.id}'`);
        stepIds.add(step.id);
        for (const id of [...step.toolIds, ...step.relatedToolIds]) {
          if (!toolIds.has(id)) issue(at, `unknown tool id '${id}'`);
        }
        const overlap = step.toolIds.filter((id) => step.relatedToolIds.includes(id));
        if (overlap.length > 0) issue(at, `tools listed both as source and related: ${overlap.join(', ')}`);
        for (const id of step.routeIds) if (!routeIds.has(id)) issue(at, `unknown route id '${id}'`);
        step.supportQuestions.forEach((q, qi) => {
          const g = q.goto;
          if (g?.kind === 'route' && !routeIds.has(g.routeId)) issue([...at, 'supportQuestions', qi], `unknown route id '${g.routeId}'`);
          if (g?.kind === 'step') {
            const target = content.levels[g.level];
            if (!target || g.stepIndex >= target.steps.length) issue([...at, 'supportQuestions', qi], 'goto points to a missing step');
          }
        });
      });
    });
    content.specialRoutes.forEach((route, ri) => {
      for (const id of route.toolIds) if (!toolIds.has(id)) issue(['specialRoutes', ri], `unknown tool id '${id}'`);
      for (const id of route.contactIds) if (!contactIds.has(id)) issue(['specialRoutes', ri], `contact '${id}' is not in this profile`);
    });
    // A tool nobody can reach from a step or a route is invisible in the navigator: catch it here.
    const placed = new Set<string>([
      ...content.levels.flatMap((l) => l.steps.flatMap((s) => [...s.toolIds, ...s.relatedToolIds])),
      ...content.specialRoutes.flatMap((r) => r.toolIds),
    ]);
    content.tools.forEach((tool, i) => {
      if (!placed.has(tool.id)) issue(['tools', i], `tool '${tool.id}' belongs to no step or route`);
    });
  });

export type GuidanceContentData = z.input<typeof guidanceContentSchema>;
/** A municipality folder's guidance.ts: the id is written once, in the folder's index.ts, and added by the registry. */
export type MunicipalityGuidanceData = Omit<GuidanceContentData, 'profileId'>;
type ParsedContent = z.infer<typeof guidanceContentSchema>;

export interface ToolPlacement {
  level: LevelNumber;
  stepIndex: number;
  stepId: string;
  /** 'source' = the source lists the tool under this step; 'related' = it fits the step's activity. */
  basis: 'source' | 'related';
}

/** A tool with where it belongs, derived from the steps so the placement is written in one place only. */
export interface Tool extends ToolData {
  levels: LevelNumber[];
  placements: ToolPlacement[];
  routeIds: string[];
}

export interface GuidanceContent extends Omit<ParsedContent, 'tools'> {
  tools: Tool[];
}
