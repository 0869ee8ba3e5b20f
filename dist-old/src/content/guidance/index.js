"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildGuidanceContent = buildGuidanceContent;
exports.getGuidanceContent = getGuidanceContent;
exports.listGuidanceProfiles = listGuidanceProfiles;
const schema_1 = require("./schema");
const tromso_2025_1 = __importDefault(require("./tromso-2025"));
const vestre_toten_1 = __importDefault(require("./vestre-toten"));
__exportStar(require("./schema"), exports);
/** One data file per municipality. A third municipality: add its file and one line here (and its id in schema.ts). */
const REGISTRY = {
    'tromso-2025': tromso_2025_1.default,
    'vestre-toten': vestre_toten_1.default,
};
const cache = new Map();
/** Validates a content file and adds each tool's levels and placements, derived from the steps. */
function buildGuidanceContent(data) {
    const parsed = schema_1.guidanceContentSchema.parse(data);
    const tools = parsed.tools.map((tool) => {
        const placements = [];
        for (const level of parsed.levels) {
            level.steps.forEach((step, stepIndex) => {
                const base = { level: level.level, stepIndex, stepId: step.id };
                if (step.toolIds.includes(tool.id))
                    placements.push({ ...base, basis: 'source' });
                else if (step.relatedToolIds.includes(tool.id))
                    placements.push({ ...base, basis: 'related' });
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
function getGuidanceContent(profileId = schema_1.DEFAULT_GUIDANCE_PROFILE) {
    const id = schema_1.guidanceProfileIdSchema.parse(profileId);
    let content = cache.get(id);
    if (!content) {
        content = buildGuidanceContent(REGISTRY[id]);
        cache.set(id, content);
    }
    return content;
}
function listGuidanceProfiles() {
    return schema_1.GUIDANCE_PROFILE_IDS;
}
//# sourceMappingURL=index.js.map