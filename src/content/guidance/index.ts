import { DEFAULT_MUNICIPALITY_ID, MUNICIPALITY_IDS, municipalityIdSchema, municipalityIds, type MunicipalityId } from '../municipalities';

/**
 * The guidance side of the municipality registry (src/content/municipalities), under the names the guidance
 * code has always used. Nothing is registered here: a new municipality is a folder there.
 */

export * from './schema';
export { buildGuidanceContent } from './build';
export { getGuidanceContent } from '../municipalities';

export const GUIDANCE_PROFILE_IDS = MUNICIPALITY_IDS;
export const guidanceProfileIdSchema = municipalityIdSchema;
export type GuidanceProfileId = MunicipalityId;
export const DEFAULT_GUIDANCE_PROFILE: GuidanceProfileId = DEFAULT_MUNICIPALITY_ID;

export function listGuidanceProfiles(): readonly GuidanceProfileId[] {
  return municipalityIds();
}
