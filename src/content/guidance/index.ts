import {
  DEFAULT_GUIDANCE_PROFILE,
  GUIDANCE_PROFILE_IDS,
  guidanceContentSchema,
  guidanceProfileIdSchema,
  type GuidanceContent,
  type GuidanceContentData,
  type GuidanceProfileId,
  type LevelNumber,
  type Tool,
  type ToolPlacement,
} from './schema';
import tromso2025 from './tromso-2025';
import vestreToten from './vestre-toten';

export * from './schema';

/** One data file per municipality. A third municipality: add its file and one line here (and its id in schema.ts). */
const REGISTRY: Record<GuidanceProfileId, GuidanceContentData> = {
  'tromso-2025': tromso2025,
  'vestre-toten': vestreToten,
};

const cache = new Map<GuidanceProfileId, GuidanceContent>();

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

/**
 * The guidance content of a municipality profile. Throws on an unknown id so that a misconfigured profile
 * never silently shows another municipality's phone numbers.
 */
export function getGuidanceContent(profileId: string = DEFAULT_GUIDANCE_PROFILE): GuidanceContent {
  const id = guidanceProfileIdSchema.parse(profileId);
  let content = cache.get(id);
  if (!content) {
    content = buildGuidanceContent(REGISTRY[id]);
    cache.set(id, content);
  }
  return content;
}

export function listGuidanceProfiles(): readonly GuidanceProfileId[] {
  return GUIDANCE_PROFILE_IDS;
}
