"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guidanceContentSchema = exports.specialRouteSchema = exports.contactSchema = exports.contactIdSchema = exports.CONTACT_IDS = exports.levelDataSchema = exports.stepSchema = exports.guidanceLineSchema = exports.supportQuestionSchema = exports.gotoSchema = exports.toolSchema = exports.AUDIENCE_LABELS = exports.audienceSchema = exports.AUDIENCES = exports.TOOL_GENERATIONS = exports.TOOL_KINDS = exports.levelSchema = exports.LEVELS = exports.DEFAULT_GUIDANCE_PROFILE = exports.guidanceProfileIdSchema = exports.GUIDANCE_PROFILE_IDS = exports.cite = exports.guidanceSourceSchema = exports.guidanceTextSchema = void 0;
const zod_1 = require("zod");
const vocabulary_1 = require("../profiles/vocabulary");
/**
 * Guidance content is pure data per municipality profile: the verktøy catalogue, the BTI level navigator,
 * the special routes and the contacts. The rules in src/domain/guidance read it; a third municipality is a
 * new data file registered in ./index.ts, never a branch in the rules.
 *
 * Texts and citations are the profiles' own (src/content/profiles/vocabulary.ts), and both cite through
 * src/domain/sources.ts, so a document is named the same way on every card.
 */
exports.guidanceTextSchema = vocabulary_1.textSchema;
exports.guidanceSourceSchema = vocabulary_1.sourceSchema;
/** Citations ("Kilde: …") come from the one table of source documents, as in the profiles. */
var sources_1 = require("../../domain/sources");
Object.defineProperty(exports, "cite", { enumerable: true, get: function () { return sources_1.cite; } });
exports.GUIDANCE_PROFILE_IDS = ['tromso-2025', 'vestre-toten'];
exports.guidanceProfileIdSchema = zod_1.z.enum(exports.GUIDANCE_PROFILE_IDS);
exports.DEFAULT_GUIDANCE_PROFILE = 'tromso-2025';
exports.LEVELS = [0, 1, 2];
exports.levelSchema = zod_1.z.union([zod_1.z.literal(0), zod_1.z.literal(1), zod_1.z.literal(2)]);
const asciiId = zod_1.z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and dashes');
/**
 * - tool: a BTI verktøy (a form, a how-to, a template);
 * - resource: another resource the guide points to (a website, a model, an action plan);
 * - routine: a municipal routine or guideline document.
 */
exports.TOOL_KINDS = ['tool', 'resource', 'routine'];
/** Where in the source list the item stands; 'original' tools were due for revision in autumn 2025. */
exports.TOOL_GENERATIONS = ['original', 'revised', 'other'];
exports.AUDIENCES = ['staff', 'leader', 'coordinator', 'participant', 'parents', 'child'];
exports.audienceSchema = zod_1.z.enum(exports.AUDIENCES);
exports.AUDIENCE_LABELS = {
    staff: { nb: 'alle ansatte som jobber med barn og unge', en: 'all staff working with children and youth' },
    leader: { nb: 'ledere', en: 'leaders' },
    coordinator: { nb: 'koordinator', en: 'the coordinator' },
    participant: { nb: 'fagpersoner i planen', en: 'professionals in the plan' },
    parents: { nb: 'foresatte', en: 'parents and guardians' },
    child: { nb: 'barnet eller ungdommen', en: 'the child or young person' },
};
exports.toolSchema = zod_1.z
    .object({
    id: asciiId,
    kind: zod_1.z.enum(exports.TOOL_KINDS),
    generation: zod_1.z.enum(exports.TOOL_GENERATIONS),
    /** The name as the municipality uses it (nb) and a plain translation (en). */
    name: exports.guidanceTextSchema,
    description: exports.guidanceTextSchema,
    audience: zod_1.z.array(exports.audienceSchema).min(1),
    /** Only URLs given in the sources. Undefined means: the card points to the profile's `missingLinkHint`. */
    link: zod_1.z.string().url().optional(),
    /** Where to find it when there is no link, e.g. "also a template in Samspill". */
    whereToFind: exports.guidanceTextSchema.optional(),
    /** Search words and synonyms; several-word entries match as phrases. */
    keywords: zod_1.z.object({ nb: zod_1.z.array(zod_1.z.string().min(2)), en: zod_1.z.array(zod_1.z.string().min(2)) }).strict(),
    source: exports.guidanceSourceSchema,
})
    .strict();
exports.gotoSchema = zod_1.z.discriminatedUnion('kind', [
    zod_1.z.object({ kind: zod_1.z.literal('level'), level: exports.levelSchema }).strict(),
    zod_1.z.object({ kind: zod_1.z.literal('step'), level: exports.levelSchema, stepIndex: zod_1.z.number().int().min(0) }).strict(),
    zod_1.z.object({ kind: zod_1.z.literal('meldeplikt') }).strict(),
    zod_1.z.object({ kind: zod_1.z.literal('route'), routeId: asciiId }).strict(),
    zod_1.z.object({ kind: zod_1.z.literal('close') }).strict(),
]);
exports.supportQuestionSchema = zod_1.z.object({ text: exports.guidanceTextSchema, goto: exports.gotoSchema.optional() }).strict();
/** One line of guidance; it names its own source when that differs from the step's (a profile's addition). */
exports.guidanceLineSchema = zod_1.z
    .object({ nb: zod_1.z.string().min(1), en: zod_1.z.string().min(1), source: exports.guidanceSourceSchema.optional() })
    .strict();
exports.stepSchema = zod_1.z
    .object({
    id: asciiId,
    title: exports.guidanceTextSchema,
    /** What to do in this step, in short sentences. */
    whatToDo: zod_1.z.array(exports.guidanceLineSchema).min(1),
    supportQuestions: zod_1.z.array(exports.supportQuestionSchema),
    /** Tools the source lists under this step. */
    toolIds: zod_1.z.array(asciiId),
    /**
     * Tools that fit the step's activity although the source does not list them there (several "Verktøy"
     * headings in the source lost their lists). Kept apart so the card can say "se også".
     */
    relatedToolIds: zod_1.z.array(asciiId),
    /** Special routes to show as a warning on this step (e.g. violence). */
    routeIds: zod_1.z.array(asciiId).default([]),
    source: exports.guidanceSourceSchema,
})
    .strict();
exports.levelDataSchema = zod_1.z
    .object({
    level: exports.levelSchema,
    title: exports.guidanceTextSchema,
    summary: exports.guidanceTextSchema,
    steps: zod_1.z.array(exports.stepSchema).min(1),
    source: exports.guidanceSourceSchema,
})
    .strict();
exports.CONTACT_IDS = [
    'police',
    'barnevernvakta',
    'barneverntjenesten',
    'bekymringsmelding-portal',
    'ressurssenteret',
    'samspill-support',
    'koordinerende-enhet',
];
exports.contactIdSchema = zod_1.z.enum(exports.CONTACT_IDS);
exports.contactSchema = zod_1.z
    .object({
    id: exports.contactIdSchema,
    name: exports.guidanceTextSchema,
    description: exports.guidanceTextSchema,
    /** Digits and single spaces, as written in the source. Undefined when the source gives none. */
    phone: zod_1.z.string().regex(/^\d+(?: \d+)*$/).optional(),
    hours: exports.guidanceTextSchema.optional(),
    email: zod_1.z.string().email().optional(),
    link: zod_1.z.string().url().optional(),
    source: exports.guidanceSourceSchema,
})
    .strict();
exports.specialRouteSchema = zod_1.z
    .object({
    id: asciiId,
    title: exports.guidanceTextSchema,
    /** When this route applies, in one sentence. */
    when: exports.guidanceTextSchema,
    whatToDo: zod_1.z.array(exports.guidanceTextSchema).min(1),
    /** True when the route outranks everything else (violence, sexual abuse). */
    emergency: zod_1.z.boolean(),
    toolIds: zod_1.z.array(asciiId),
    contactIds: zod_1.z.array(exports.contactIdSchema),
    source: exports.guidanceSourceSchema,
})
    .strict();
exports.guidanceContentSchema = zod_1.z
    .object({
    profileId: exports.guidanceProfileIdSchema,
    municipality: zod_1.z.string().min(1),
    /** Shown on a tool card when the tool has no link. */
    missingLinkHint: exports.guidanceTextSchema,
    tools: zod_1.z.array(exports.toolSchema).min(1),
    levels: zod_1.z.array(exports.levelDataSchema).length(3),
    specialRoutes: zod_1.z.array(exports.specialRouteSchema),
    contacts: zod_1.z.array(exports.contactSchema).min(1),
    /** Extra profile notes for the meldeplikt guide (e.g. who to call in this municipality). */
    meldepliktNote: zod_1.z.object({ text: exports.guidanceTextSchema, source: exports.guidanceSourceSchema }).strict().optional(),
})
    .strict()
    .superRefine((content, ctx) => {
    const issue = (path, message) => {
        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, path, message });
    };
    const toolIds = new Set();
    content.tools.forEach((tool, i) => {
        if (toolIds.has(tool.id))
            issue(['tools', i, 'id'], `duplicate tool id '${tool.id}'`);
        toolIds.add(tool.id);
    });
    const routeIds = new Set(content.specialRoutes.map((r) => r.id));
    const contactIds = new Set(content.contacts.map((c) => c.id));
    if (!contactIds.has('police'))
        issue(['contacts'], 'every profile needs the police emergency contact');
    content.levels.forEach((level, li) => {
        if (level.level !== li)
            issue(['levels', li, 'level'], `levels must be listed in order 0, 1, 2 (found ${level.level} at ${li})`);
        const stepIds = new Set();
        level.steps.forEach((step, si) => {
            const at = ['levels', li, 'steps', si];
            if (stepIds.has(step.id))
                issue([...at, 'id'], `duplicate step id '${step.id}'`);
            stepIds.add(step.id);
            for (const id of [...step.toolIds, ...step.relatedToolIds]) {
                if (!toolIds.has(id))
                    issue(at, `unknown tool id '${id}'`);
            }
            const overlap = step.toolIds.filter((id) => step.relatedToolIds.includes(id));
            if (overlap.length > 0)
                issue(at, `tools listed both as source and related: ${overlap.join(', ')}`);
            for (const id of step.routeIds)
                if (!routeIds.has(id))
                    issue(at, `unknown route id '${id}'`);
            step.supportQuestions.forEach((q, qi) => {
                const g = q.goto;
                if (g?.kind === 'route' && !routeIds.has(g.routeId))
                    issue([...at, 'supportQuestions', qi], `unknown route id '${g.routeId}'`);
                if (g?.kind === 'step') {
                    const target = content.levels[g.level];
                    if (!target || g.stepIndex >= target.steps.length)
                        issue([...at, 'supportQuestions', qi], 'goto points to a missing step');
                }
            });
        });
    });
    content.specialRoutes.forEach((route, ri) => {
        for (const id of route.toolIds)
            if (!toolIds.has(id))
                issue(['specialRoutes', ri], `unknown tool id '${id}'`);
        for (const id of route.contactIds)
            if (!contactIds.has(id))
                issue(['specialRoutes', ri], `contact '${id}' is not in this profile`);
    });
    // A tool nobody can reach from a step or a route is invisible in the navigator: catch it here.
    const placed = new Set([
        ...content.levels.flatMap((l) => l.steps.flatMap((s) => [...s.toolIds, ...s.relatedToolIds])),
        ...content.specialRoutes.flatMap((r) => r.toolIds),
    ]);
    content.tools.forEach((tool, i) => {
        if (!placed.has(tool.id))
            issue(['tools', i], `tool '${tool.id}' belongs to no step or route`);
    });
});
//# sourceMappingURL=schema.js.map