import { DEFAULT_MUNICIPALITY_ID, MUNICIPALITY_IDS, municipalityIdSchema, type MunicipalityId } from './municipalities';

/**
 * The profile side of the municipality registry (src/content/municipalities), under the names the avklaring
 * code has always used. Nothing is registered here: a new municipality is a folder there.
 */

export { getProfile, listProfiles, type Profile } from './municipalities';
export { profileSchema } from './profiles/schema';
export type { ProfileData, MunicipalityProfileData, ServiceDef, Rule, Condition } from './profiles/schema';
export type { Text, Source, RoleId, ServiceCategory, ServiceFactKey, CaseFactKey } from './profiles/vocabulary';

export const PROFILE_IDS = MUNICIPALITY_IDS;
export const ProfileId = municipalityIdSchema;
export type ProfileId = MunicipalityId;
export const DEFAULT_PROFILE_ID: ProfileId = DEFAULT_MUNICIPALITY_ID;
