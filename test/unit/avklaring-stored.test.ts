import { describe, it, expect } from 'vitest';
import { decidingUnit, adviceOf, unionOf, startPeople, MAX_PARTICIPANTS } from '../../src/bot/avklaring/recommendation';
import type { AvklaringDoc } from '../../src/store/avklaring';
import type { CaseMember } from '../../src/store/cases';

/** Vestre Toten answers that give an individuell plan (KTK decides) once the services must coordinate. */
const answers = {
  profileId: 'vestre-toten',
  unborn: false,
  ageYears: 10,
  services: [
    { serviceId: 'skole-barnehage', followUp: 'weekly' },
    { serviceId: 'barneverntjenesten', followUp: 'several-monthly', childWelfareStatus: 'support-measures' },
    { serviceId: 'fysio-ergo', followUp: 'weekly' },
  ],
  measuresArena: 'both',
  seriousCondition: false,
  mustCooperateOverTime: true,
  consentInPlace: true,
};

const stored = (planKind: string, extra: Record<string, unknown> = {}): Pick<AvklaringDoc, 'answers' | 'recommendation'> => ({
  answers: { ...answers, ...extra },
  // Documents from before the field existed carry no decidedByUnit either: the unit comes from the advice.
  recommendation: { planNeeded: true, planKind, suggestedServiceId: null, rankedServiceIds: [] },
});

describe('avklaringer stored before the coordinate-among-themselves question', () => {
  it('the same answers with the question answered give an individuell plan that KTK decides', () => {
    expect(adviceOf(stored('individuell-plan', { mustCoordinateAmongThemselves: true }))?.planType.kind).toBe('individuell-plan');
    expect(decidingUnit(stored('individuell-plan', { mustCoordinateAmongThemselves: true }))?.nb).toMatch(/KTK/);
  });

  it('an old individuell-plan avklaring keeps KTK as the deciding unit and its plan type', () => {
    expect(adviceOf(stored('individuell-plan'))?.planType.kind).toBe('individuell-plan');
    expect(decidingUnit(stored('individuell-plan'))?.nb).toMatch(/KTK/);
  });

  it('an old stafettlogg avklaring stays without a deciding unit', () => {
    expect(adviceOf(stored('stafettlogg'))?.planType.kind).toBe('stafettlogg');
    expect(decidingUnit(stored('stafettlogg'))).toBeNull();
  });
});

describe('who is offered for an avklaringsmøte', () => {
  const member = (n: number, role: CaseMember['role'] = 'professional'): CaseMember => ({ aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Person ${n}`, role });

  it('a family member of the case is never offered, even when the chat roster lists them as anyone else', () => {
    const parent = member(9, 'family');
    const people = unionOf([member(1), parent], [member(2), { ...parent, role: 'professional' }]);
    expect(people.map((p) => p.name)).toEqual(['Person 1', 'Person 2']);
  });

  it('ticks at most as many as one meeting takes', () => {
    const many = Array.from({ length: 45 }, (_, i) => member(i + 1));
    const chosen = startPeople({ createdBy: many[0]!.aadObjectId }, many, [], false);
    expect(chosen.offered).toHaveLength(45);
    expect(chosen.preselected).toHaveLength(MAX_PARTICIPANTS);
    expect(chosen.preselected[0]).toBe(many[0]!.aadObjectId);
  });
});
