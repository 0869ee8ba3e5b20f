import { describe, it, expect } from 'vitest';
import { loadConfig } from '../../src/config';
import {
  DEFAULT_MUNICIPALITY_ID,
  MUNICIPALITY_IDS,
  getGuidanceContent,
  getMunicipality,
  getProfile,
  municipalityIdSchema,
  municipalityIds,
  registerMunicipality,
} from '../../src/content/municipalities';
import type { MunicipalityDefinition } from '../../src/content/municipalities/define';
import tromso from '../../src/content/municipalities/tromso-2025';
import vestreToten from '../../src/content/municipalities/vestre-toten';
import { GUIDANCE_PROFILE_IDS, listGuidanceProfiles } from '../../src/content/guidance';
import { PROFILE_IDS, ProfileId, listProfiles } from '../../src/content/profiles';

/** A copy of a shipped folder under another id, which a test may break without touching the shipped data. */
const copyOf = (def: MunicipalityDefinition, id: string): MunicipalityDefinition => {
  const c = structuredClone(def);
  return { ...c, id, profile: { ...c.profile, id }, guidance: { ...c.guidance, profileId: id } };
};

describe('the municipality registry', () => {
  it('one list gives the ids, the profiles, the guidance and the config', () => {
    expect(MUNICIPALITY_IDS).toEqual(['tromso-2025', 'vestre-toten']);
    expect(PROFILE_IDS).toEqual(MUNICIPALITY_IDS);
    expect(GUIDANCE_PROFILE_IDS).toEqual(MUNICIPALITY_IDS);
    expect(listGuidanceProfiles()).toEqual(MUNICIPALITY_IDS);
    expect(listProfiles().map((p) => p.id)).toEqual(MUNICIPALITY_IDS);
    for (const id of MUNICIPALITY_IDS) {
      expect(getProfile(id).id).toBe(id);
      expect(getGuidanceContent(id).profileId).toBe(id);
      const r = loadConfig({ BTI_PROFILE: id });
      expect(r.ok && r.config.profile).toBe(id);
    }
    expect(getGuidanceContent().profileId).toBe(DEFAULT_MUNICIPALITY_ID);
  });

  it('the id is written once, in the folder’s index.ts, and reaches both data files', () => {
    expect(tromso.id).toBe('tromso-2025');
    expect(tromso.profile.id).toBe('tromso-2025');
    expect(tromso.guidance.profileId).toBe('tromso-2025');
    expect(getMunicipality('vestre-toten').sources).toEqual(vestreToten.sources);
  });

  it('refuses an unknown id the way an enum does, so callers can word it', () => {
    const r = municipalityIdSchema.safeParse('oslo');
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues[0]).toMatchObject({ code: 'invalid_enum_value', options: [...municipalityIds()], received: 'oslo' });
    expect(ProfileId.safeParse('vestre-toten').success).toBe(true);
    expect(() => getGuidanceContent('oslo')).toThrow(/Unknown profile 'oslo'/);
  });

  it('Tromsø’s barnevernvakt number is one value, shown the same in the profile, the contact and the meldeplikt note', () => {
    const phone = getProfile('tromso-2025').barnevernvakta?.phone;
    expect(phone).toMatch(/^\d{2} \d{2} \d{2} \d{2}$/);
    const content = getGuidanceContent('tromso-2025');
    expect(content.contacts.find((c) => c.id === 'barnevernvakta')?.phone).toBe(phone);
    expect(content.meldepliktNote?.text.nb).toContain(phone);
    expect(content.meldepliktNote?.text.en).toContain(phone);
  });
});

describe('a broken folder stops start-up with the place named', () => {
  it('a profile error names profile.ts and the field', () => {
    const d = copyOf(vestreToten, 'broken-profile');
    d.profile.services[0]!.id = 'skole/barnehage';
    expect(() => registerMunicipality(d)).toThrow(/'broken-profile': profile\.ts is invalid at services\.0\.id/);
  });

  it('a guidance error names guidance.ts and the field', () => {
    const d = copyOf(vestreToten, 'broken-guidance');
    d.guidance.levels[0]!.steps[0]!.toolIds.push('finnes-ikke');
    expect(() => registerMunicipality(d)).toThrow(/'broken-guidance': guidance\.ts is invalid at .*unknown tool id 'finnes-ikke'/);
  });

  it('content that cites a document the folder does not list', () => {
    const d = { ...copyOf(vestreToten, 'uncited'), sources: ['002', '004'] as const };
    expect(() => registerMunicipality(d)).toThrow(/'uncited' cites 00[13].*lists only 002, 004/);
  });

  it('two different barnevernvakt numbers', () => {
    const d = copyOf(tromso, 'two-numbers');
    d.profile.barnevernvakta!.phone = '11 22 33 44';
    expect(() => registerMunicipality(d)).toThrow(/two phone numbers \(11 22 33 44 in the profile, 95 19 52 40 in the contacts\)/);
  });

  it('an id that is not lower-case ASCII, or one already taken', () => {
    expect(() => registerMunicipality(copyOf(tromso, 'Tromsø'))).toThrow(/lower-case ASCII/);
    expect(() => registerMunicipality(copyOf(tromso, 'vestre-toten'))).toThrow(/registered twice/);
  });

  it('none of the refused folders was registered', () => {
    expect(municipalityIds()).toEqual(MUNICIPALITY_IDS);
    expect(loadConfig({ BTI_PROFILE: 'uncited' }).ok).toBe(false);
  });
});
