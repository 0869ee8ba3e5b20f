import { guidanceContentSchema, type GuidanceContent, type GuidanceContentData, type LevelNumber, type Tool, type ToolPlacement } from './schema';

/** Validates a content file and adds each tool's levels and placements, derived from the steps. */
export function buildGuidanceContent(data: GuidanceContentData): GuidanceContent {
  const parsed = guidanceContentSchema.parse(data);
  const tools: Tool[] = parsed.tools.map((tool) => {
    const placements: ToolPlacement[] = [];
    for (const level of parsed.levels) {
      level.steps.forEach((step, stepIndex) => {
        const base = { level: level.level as LevelNumber, stepIndex, stepId: step.id };
        if (step.toolIds.includes(tool.id)) placements.push({ ...base, basis: 'source' });
        else if (step.relatedToolIds.includes(tool.id)) placements.push({ ...base, basis: 'related' });
      });
    }
    const levels = [...new Set(placements.map((p) => p.level))].sort((a, b) => a - b);
    const routeIds = parsed.specialRoutes.filter((r) => r.toolIds.includes(tool.id)).map((r) => r.id);
    return { ...tool, levels, placements, routeIds };
  });
  return { ...parsed, tools };
}
