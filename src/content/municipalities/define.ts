import type { SourceDoc } from '../../domain/sources';
import type { GuidanceContentData, MunicipalityGuidanceData } from '../guidance/schema';
import type { MunicipalityProfileData, ProfileData } from '../profiles/schema';

/**
 * What one folder in src/content/municipalities gives the registry. The id is written once, in the folder's
 * index.ts, so a copied folder becomes a new municipality by changing that one line (and adding it to the
 * registry's list).
 */
export interface MunicipalityInput<Id extends string> {
  id: Id;
  /**
   * The source documents (src/domain/sources.ts) this municipality's advice rests on. The registry refuses
   * content that cites any other, so a copied folder cannot keep quoting the original's handbook unnoticed.
   */
  sources: readonly SourceDoc[];
  profile: MunicipalityProfileData;
  guidance: MunicipalityGuidanceData;
}

/** The folder's data with the id filled in, not yet validated: the registry validates it on registration. */
export interface MunicipalityDefinition<Id extends string = string> {
  id: Id;
  sources: readonly SourceDoc[];
  profile: ProfileData;
  guidance: GuidanceContentData;
}

export function defineMunicipality<Id extends string>(input: MunicipalityInput<Id>): MunicipalityDefinition<Id> {
  return {
    id: input.id,
    sources: input.sources,
    profile: { ...input.profile, id: input.id },
    guidance: { ...input.guidance, profileId: input.id },
  };
}
