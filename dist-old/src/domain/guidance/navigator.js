"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getLevel = getLevel;
exports.getStep = getStep;
exports.getSpecialRoute = getSpecialRoute;
exports.getTool = getTool;
const zod_1 = require("zod");
const schema_1 = require("../../content/guidance/schema");
const stepIndexSchema = zod_1.z.number().int().min(0);
function findLevel(content, level) {
    return content.levels.find((l) => l.level === level);
}
/** A level with its step titles, or null when `level` is not 0, 1 or 2. */
function getLevel(level, content) {
    const parsed = schema_1.levelSchema.safeParse(level);
    if (!parsed.success)
        return null;
    const data = findLevel(content, parsed.data);
    if (!data)
        return null;
    return {
        level: data.level,
        title: data.title,
        summary: data.summary,
        steps: data.steps.map((s, i) => ({ stepIndex: i, number: i + 1, id: s.id, title: s.title })),
        otherLevels: content.levels.filter((l) => l.level !== data.level).map((l) => ({ level: l.level, title: l.title })),
        source: data.source,
    };
}
/** One step with its tools, routes and neighbours, or null when the level or step does not exist. */
function getStep(level, stepIndex, content) {
    const parsedLevel = schema_1.levelSchema.safeParse(level);
    const parsedIndex = stepIndexSchema.safeParse(stepIndex);
    if (!parsedLevel.success || !parsedIndex.success)
        return null;
    const data = findLevel(content, parsedLevel.data);
    const step = data?.steps[parsedIndex.data];
    if (!data || !step)
        return null;
    const toolById = new Map(content.tools.map((t) => [t.id, t]));
    const pick = (ids) => ids.map((id) => toolById.get(id)).filter((t) => t !== undefined);
    const routes = step.routeIds
        .map((id) => content.specialRoutes.find((r) => r.id === id))
        .filter((r) => r !== undefined)
        .sort((a, b) => Number(b.emergency) - Number(a.emergency));
    const linkedLevels = new Set();
    let linksToMeldeplikt = false;
    for (const q of step.supportQuestions) {
        if (q.goto?.kind === 'level' && q.goto.level !== data.level)
            linkedLevels.add(q.goto.level);
        if (q.goto?.kind === 'meldeplikt')
            linksToMeldeplikt = true;
    }
    const i = parsedIndex.data;
    return {
        level: data.level,
        levelTitle: data.title,
        stepIndex: i,
        number: i + 1,
        total: data.steps.length,
        step,
        tools: pick(step.toolIds),
        relatedTools: pick(step.relatedToolIds),
        routes,
        previous: i > 0 ? { level: data.level, stepIndex: i - 1 } : null,
        next: i < data.steps.length - 1 ? { level: data.level, stepIndex: i + 1 } : null,
        levelLinks: [...linkedLevels].sort().map((l) => ({ level: l, title: findLevel(content, l).title })),
        linksToMeldeplikt,
    };
}
function getSpecialRoute(routeId, content) {
    return content.specialRoutes.find((r) => r.id === routeId) ?? null;
}
function getTool(toolId, content) {
    return content.tools.find((t) => t.id === toolId) ?? null;
}
//# sourceMappingURL=navigator.js.map