import { describe, it, expect } from 'vitest';
import { citationLabel } from '../../src/present/sources';
import type { Citation } from '../../src/domain/sources';
import {
  DEFAULT_PROFILE_ID,
  getProfile,
  listProfiles,
  ProfileId,
  profileSchema,
  type ProfileData,
} from '../../src/content/profiles';
import tromsoFolder from '../../src/content/municipalities/tromso-2025';
import vestreTotenFolder from '../../src/content/municipalities/vestre-toten';
import { SOURCE_DOCS } from '../../src/content/profiles/vocabulary';

const tromso2025: ProfileData = tromsoFolder.profile;
const vestreToten: ProfileData = vestreTotenFolder.profile;
const RAW: ProfileData[] = [tromso2025, vestreToten];

/** A deep copy the test can break without touching the shipped data. */
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function errorsOf(data: unknown): string[] {
  const r = profileSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('profile registry', () => {
  it('has exactly the two profiles, Tromsø 2025 as default', () => {
    expect(listProfiles().map((p) => p.id)).toEqual(['tromso-2025', 'vestre-toten']);
    expect(DEFAULT_PROFILE_ID).toBe('tromso-2025');
    expect(getProfile('vestre-toten').municipality).toBe('Vestre Toten');
  });

  it('ProfileId accepts only known ids', () => {
    expect(ProfileId.safeParse('tromso-2025').success).toBe(true);
    expect(ProfileId.safeParse('vestre-toten').success).toBe(true);
    expect(ProfileId.safeParse('oslo').success).toBe(false);
    expect(() => getProfile('oslo' as ProfileId)).toThrow(/Unknown profile/);
  });

  it('hands out frozen data so one caller cannot change another’s advice', () => {
    const p = getProfile('tromso-2025');
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.services[0].rules)).toBe(true);
  });
});

describe.each(RAW.map((r) => [r.id, r] as const))('shipped data %s', (_id, raw) => {
  it('validates against the profile schema', () => {
    expect(errorsOf(raw)).toEqual([]);
  });

  it('cites only the five sources, with nb and en labels', () => {
    const sources: Citation[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('doc' in o && 'section' in o) sources.push(o as unknown as Citation);
        Object.values(o).forEach(walk);
      }
    };
    walk(raw);
    expect(sources.length).toBeGreaterThan(20);
    for (const s of sources) {
      expect(SOURCE_DOCS).toContain(s.doc);
      expect(s.section.length * s.sectionEn.length).toBeGreaterThan(0);
      expect(citationLabel(s, 'nb')).toMatch(/^Kilde: /);
      expect(citationLabel(s, 'en')).toMatch(/^Source: /);
    }
  });

  it('uses ASCII ids for services and rules', () => {
    for (const s of raw.services) {
      expect(s.id).toMatch(/^[a-z0-9-]+$/);
      for (const r of s.rules ?? []) expect(r.id).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('profile content', () => {
  it('Tromsø 2025: tverrfaglig plan, koordinator for every table row except the child coordinator', () => {
    const p = getProfile('tromso-2025');
    expect(p.planModel).toBe('tverrfaglig-plan');
    expect(p.planTypes.base.role).toBe('koordinator');
    for (const s of p.services.filter((x) => x.inTable)) {
      expect(s.roles, s.id).toEqual(s.id === 'tildelingskontoret' ? ['barnekoordinator'] : ['koordinator']);
    }
    expect(p.barnekoordinator.holder.nb).toMatch(/Tildelingskontoret/);
    expect(p.barnekoordinator.holder.nb).toMatch(/Trudvang/);
    expect(p.serviceDecision.decidedBy).toBe('services');
    expect(p.barnevernvakta?.phone).toBe('95 19 52 40');
  });

  it('Vestre Toten: stafettlogg/IP model, KTK decides statutory cases, no Barnevernvakta number', () => {
    const p = getProfile('vestre-toten');
    expect(p.planModel).toBe('stafettlogg-ip');
    expect(p.planTypes.base.role).toBe('stafettholder');
    expect(p.planTypes.statutory?.role).toBe('koordinator');
    expect(p.planTypes.statutoryCategories).toEqual(expect.arrayContaining(['municipal-health', 'child-welfare', 'nav']));
    expect(p.serviceDecision).toMatchObject({ decidedBy: 'coordinating-unit', appliesTo: 'statutory-only' });
    expect(p.serviceDecision.unitName?.nb).toMatch(/KTK/);
    expect(p.escalation.statutoryNoAgreement?.text.nb).toMatch(/KTK/);
    expect(p.barnevernvakta).toBeUndefined();
    expect(p.services.find((s) => s.id === 'skole-barnehage')?.roles).toEqual(['stafettholder']);
  });

  it('each profile cites where its model gives the 0–23 age range', () => {
    expect(getProfile('tromso-2025').ageRangeSource.doc).toBe('002');
    // Vestre Toten's handbook gives no age range in its text; the older-model form (001) does.
    expect(getProfile('vestre-toten').ageRangeSource.doc).toBe('001');
  });

  it('Vestre Toten: the barnekoordinator text says only what 003 section 5 says (nothing about KTK)', () => {
    const bk = getProfile('vestre-toten').barnekoordinator;
    expect(`${bk.holder.nb} ${bk.note?.nb ?? ''} ${bk.holder.en} ${bk.note?.en ?? ''}`).not.toMatch(/KTK/);
    expect(bk.rightSource?.doc).toBe('003');
  });

  it('both: the GP never counts towards several services; rare follow-up does not count as lasting help', () => {
    for (const p of listProfiles()) {
      const byId = new Map(p.services.map((s) => [s.id, s]));
      expect(byId.get('fastlege')?.countsTowardsCoordination, p.id).toBe(false);
      for (const id of ['fysio-ergo', 'bup', 'nav', 'helsesykepleier']) {
        const rare = byId.get(id)?.noLastingHelpWhen.find((c) => c.fact === 'followUp');
        expect(rare?.in, `${p.id}/${id}`).toEqual(expect.arrayContaining(['1-2-a-year', 'sporadic']));
      }
      expect(byId.get('helsesykepleier')?.noLastingHelpWhen).toContainEqual({ kind: 'service', fact: 'healthNurseFollowUp', in: ['universal-only'] });
      expect(byId.get('barneverntjenesten')?.noLastingHelpWhen).toContainEqual({ kind: 'service', fact: 'childWelfareStatus', in: ['investigating'] });
    }
  });

  it('both: no agreement → take turns one year each', () => {
    for (const p of listProfiles()) expect(p.escalation.rotateYears).toBe(1);
  });
});

describe('the schema catches broken profile data', () => {
  const base = (): ProfileData => clone(vestreToten);

  it('a rule reading a fact its service does not ask for', () => {
    const d = base();
    d.services[1].facts = [];
    expect(errorsOf(d).join('\n')).toMatch(/does not list it in facts/);
  });

  it('a value that is not a value of the fact', () => {
    const d = base();
    const cond = d.services[1].rules![0].when[0];
    if (cond.kind !== 'service') throw new Error('fixture assumption');
    cond.in = ['daily'];
    expect(errorsOf(d).join('\n')).toMatch(/'daily' is not a value of fact 'followUp'/);
  });

  it('a lasting-help exclusion on a fact the service does not take, or with a wrong value', () => {
    const d = base();
    const school = d.services.find((s) => s.id === 'skole-barnehage')!;
    school.noLastingHelpWhen = [{ kind: 'service', fact: 'miljoOffer', in: ['group-only'] }];
    const physio = d.services.find((s) => s.id === 'fysio-ergo')!;
    physio.noLastingHelpWhen = [{ kind: 'service', fact: 'followUp', in: ['daily'] }];
    const errors = errorsOf(d).join('\n');
    expect(errors).toMatch(/noLastingHelpWhen.*reads 'miljoOffer' but the service does not list it/);
    expect(errors).toMatch(/noLastingHelpWhen.*'daily' is not a value of fact 'followUp'/);
  });

  it('a profile without the source of its age range', () => {
    const d = base() as Partial<ProfileData>;
    delete d.ageRangeSource;
    expect(errorsOf(d).join('\n')).toMatch(/ageRangeSource/);
  });

  it('duplicate service ids', () => {
    const d = base();
    d.services.push(clone(d.services[0]));
    expect(errorsOf(d).join('\n')).toMatch(/duplicate service id/);
  });

  it('a table row without a natural rule', () => {
    const d = base();
    d.services[1].rules = d.services[1].rules!.filter((r) => r.verdict !== 'natural');
    expect(errorsOf(d).join('\n')).toMatch(/needs a natural rule/);
  });

  it('the older model without a statutory plan type', () => {
    const d = base();
    delete d.planTypes.statutory;
    expect(errorsOf(d).join('\n')).toMatch(/statutory plan type/);
  });

  it('a unit that decides without a name', () => {
    const d = base();
    delete d.serviceDecision.unitName;
    expect(errorsOf(d).join('\n')).toMatch(/name the unit/);
  });

  it('a rule role that the row does not have', () => {
    const d = clone(tromso2025);
    const bv = d.services.find((s) => s.id === 'barneverntjenesten')!;
    bv.rules!.find((r) => r.id === 'support-measures')!.role = 'stafettholder';
    expect(errorsOf(d).join('\n')).toMatch(/not one of the row's roles/);
  });

  it('an unknown field or a non-ASCII id', () => {
    const d = base() as ProfileData & { extra?: string };
    d.extra = 'x';
    d.services[0].id = 'skole/barnehage';
    const errors = errorsOf(d).join('\n');
    expect(errors).toMatch(/Unrecognized key/);
    expect(errors).toMatch(/lower-case ASCII/);
  });

  it('a Barnevernvakta phone that is not a phone number', () => {
    const d = clone(tromso2025);
    d.barnevernvakta!.phone = 'ring oss';
    expect(errorsOf(d).length).toBeGreaterThan(0);
  });
});
