import { profileSchema, ProfileId, PROFILE_IDS, type Profile } from './profiles/schema';
import { tromso2025 } from './profiles/tromso-2025';
import { vestreToten } from './profiles/vestre-toten';

/**
 * Registry of municipality profiles. Each profile is a data file validated here at load time, so broken data
 * fails loudly at start-up instead of giving silent wrong advice. A new municipality = a new data file in
 * ./profiles/, its id in PROFILE_IDS (schema.ts) and one line below.
 */

export { ProfileId, PROFILE_IDS, profileSchema };
export type { Profile, ProfileData, ServiceDef, Rule, Condition } from './profiles/schema';
export type { Text, Source, RoleId, ServiceCategory, ServiceFactKey, CaseFactKey } from './profiles/vocabulary';

export const DEFAULT_PROFILE_ID: ProfileId = 'tromso-2025';

const RAW = [tromso2025, vestreToten];

const PROFILES: ReadonlyMap<ProfileId, Profile> = new Map(
  RAW.map((data) => {
    const parsed = profileSchema.safeParse(data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Error(`Profile '${String(data.id)}' is invalid at ${first?.path.join('.')}: ${first?.message}`);
    }
    return [parsed.data.id, deepFreeze(parsed.data)] as const;
  }),
);

for (const id of PROFILE_IDS) {
  if (!PROFILES.has(id)) throw new Error(`Profile '${id}' is listed in PROFILE_IDS but has no data file`);
}

/** Throws for an unknown id: callers validate ids with the ProfileId schema first. */
export function getProfile(id: ProfileId): Profile {
  const profile = PROFILES.get(id);
  if (!profile) throw new Error(`Unknown profile '${String(id)}'`);
  return profile;
}

export function listProfiles(): Profile[] {
  return PROFILE_IDS.map((id) => getProfile(id));
}

/** Profiles are shared by every request; freezing them stops one caller from changing another's advice. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
