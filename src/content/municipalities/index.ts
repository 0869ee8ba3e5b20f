import { z } from 'zod';
import type { SourceDoc } from '../../domain/sources';
import { buildGuidanceContent } from '../guidance/build';
import type { GuidanceContent } from '../guidance/schema';
import { profileSchema, type Profile as ParsedProfile } from '../profiles/schema';
import type { MunicipalityDefinition } from './define';
import tromso2025 from './tromso-2025';
import vestreToten from './vestre-toten';
import { deepFreeze } from '../../deepFreeze';

/**
 * The one registry of municipalities. Everything about a municipality lives in its folder
 * (./<id>/index.ts names the id and its sources; profile.ts, guidance.ts, contacts.ts hold the data); the id
 * list, BTI_PROFILE's validation (src/config.ts), profile and guidance lookups and the Bicep @allowed list
 * (scripts/sync-infra-profiles.ts) all derive from the list below.
 *
 * A new municipality: copy a folder, change the id in its index.ts, add it to BUILT_IN.
 */
const BUILT_IN = [tromso2025, vestreToten] as const;

export type MunicipalityId = (typeof BUILT_IN)[number]['id'];

/** The municipalities this build ships with, in the order the avklaring form offers them. */
export const MUNICIPALITY_IDS: readonly MunicipalityId[] = Object.freeze(BUILT_IN.map((m) => m.id));

export const DEFAULT_MUNICIPALITY_ID: MunicipalityId = 'tromso-2025';

/** A profile handed out by the registry: its id is a registered one. */
export type Profile = ParsedProfile & { id: MunicipalityId };

export interface Municipality {
  id: MunicipalityId;
  sources: readonly SourceDoc[];
  profile: Profile;
  guidance: GuidanceContent;
}

const REGISTRY = new Map<string, Municipality>();

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * Validates a municipality's folder and adds it. Everything is checked here, at start-up, so a broken folder
 * stops the bot with a message naming the place instead of failing later in a guidance turn.
 * The shipped ones are registered below; a test registers a copied folder the same way.
 */
export function registerMunicipality(def: MunicipalityDefinition): Municipality {
  const where = `Municipality '${String(def.id)}'`;
  if (!idSchema.safeParse(def.id).success) throw new Error(`${where}: the id must be lower-case ASCII letters, digits and dashes`);
  if (REGISTRY.has(def.id)) throw new Error(`${where} is registered twice`);
  const parsed = profileSchema.safeParse(def.profile);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${where}: profile.ts is invalid at ${first?.path.join('.')}: ${first?.message}`);
  }
  let guidance: GuidanceContent;
  try {
    guidance = buildGuidanceContent(def.guidance);
  } catch (err) {
    const first = err instanceof z.ZodError ? err.issues[0] : undefined;
    throw new Error(`${where}: guidance.ts is invalid${first ? ` at ${first.path.join('.')}: ${first.message}` : `: ${String(err)}`}`);
  }
  const cited = [...citedDocs(def.profile), ...citedDocs(def.guidance)].filter((doc) => !def.sources.includes(doc));
  if (cited.length > 0) throw new Error(`${where} cites ${[...new Set(cited)].join(', ')} but its index.ts lists only ${def.sources.join(', ')}`);
  const vakt = parsed.data.barnevernvakta?.phone;
  const contact = guidance.contacts.find((c) => c.id === 'barnevernvakta')?.phone;
  if (vakt !== undefined && contact !== undefined && vakt !== contact) {
    throw new Error(`${where}: the barnevernvakt has two phone numbers (${vakt} in the profile, ${contact} in the contacts)`);
  }
  // The id passed the checks above and is now in the registry: that is what MunicipalityId stands for at run
  // time (a test's copied folder is registered but not in the static union, which lists the shipped ones).
  const id = def.id as MunicipalityId;
  const municipality: Municipality = { id, sources: def.sources, profile: deepFreeze({ ...parsed.data, id }), guidance };
  REGISTRY.set(id, municipality);
  return municipality;
}

for (const def of BUILT_IN) registerMunicipality(def);

/** Every registered id: the shipped ones, then any a test registered. */
export function municipalityIds(): readonly MunicipalityId[] {
  return [...REGISTRY.keys()] as MunicipalityId[];
}

export function isMunicipalityId(id: unknown): id is MunicipalityId {
  return typeof id === 'string' && REGISTRY.has(id);
}

/**
 * Accepts a registered id. Refuses anything else the way z.enum does (invalid_enum_value with the options),
 * so callers that word enum errors for people keep working; the options are read when parsing, not at load.
 */
export const municipalityIdSchema = z.string().superRefine((v, ctx): v is MunicipalityId => {
  if (REGISTRY.has(v)) return true;
  ctx.addIssue({ code: z.ZodIssueCode.invalid_enum_value, options: [...REGISTRY.keys()], received: v });
  return false;
});

/** Throws for an unknown id: callers validate ids with municipalityIdSchema first. */
export function getMunicipality(id: string): Municipality {
  const m = REGISTRY.get(id);
  if (!m) throw new Error(`Unknown profile '${id}'`);
  return m;
}

export function getProfile(id: MunicipalityId): Profile {
  return getMunicipality(id).profile;
}

export function listProfiles(): Profile[] {
  return municipalityIds().map((id) => getProfile(id));
}

/**
 * The guidance content of a municipality. Throws on an unknown id so that a misconfigured profile never
 * silently shows another municipality's phone numbers.
 */
export function getGuidanceContent(id: string = DEFAULT_MUNICIPALITY_ID): GuidanceContent {
  return getMunicipality(id).guidance;
}

/** The source documents named by every citation ({ doc, section, sectionEn }) inside a data tree. */
function citedDocs(value: unknown, found: Set<SourceDoc> = new Set()): Set<SourceDoc> {
  if (Array.isArray(value)) for (const v of value) citedDocs(v, found);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.doc === 'string' && typeof o.section === 'string' && typeof o.sectionEn === 'string') found.add(o.doc as SourceDoc);
    for (const v of Object.values(o)) citedDocs(v, found);
  }
  return found;
}
