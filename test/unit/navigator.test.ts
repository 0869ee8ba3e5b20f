import { describe, expect, it } from 'vitest';
import { getGuidanceContent } from '../../src/content/guidance';
import { getLevel, getSpecialRoute, getStep, getTool } from '../../src/domain/guidance';

const tromso = getGuidanceContent('tromso-2025');
const vestreToten = getGuidanceContent('vestre-toten');

describe('getLevel', () => {
  it.each([
    [0, 4],
    [1, 3],
    [2, 5],
  ])('level %i has %i steps with 1-based numbers and links to the two other levels', (level, count) => {
    const view = getLevel(level, tromso)!;
    expect(view.level).toBe(level);
    expect(view.steps).toHaveLength(count);
    expect(view.steps.map((s) => s.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(view.otherLevels.map((l) => l.level).sort()).toEqual([0, 1, 2].filter((l) => l !== level));
    expect(view.title.nb).toContain(`Nivå ${level}`);
    expect(view.title.en).toContain(`Level ${level}`);
  });

  it.each([-1, 3, 1.5, Number.NaN])('returns null for level %s', (level) => {
    expect(getLevel(level, tromso)).toBeNull();
  });
});

describe('getStep', () => {
  it('level 0 step 1 lists the four original BTI tools and puts the violence warning first', () => {
    const step = getStep(0, 0, tromso)!;
    expect(step.tools.map((t) => t.id)).toEqual(
      expect.arrayContaining(['observasjonsskjema', 'signaler-mistrivsel', 'bekymringsskala-barn', 'bekymringsskala-foreldre']),
    );
    expect(step.step.supportQuestions.length).toBe(7);
    expect(step.routes[0]?.id).toBe('vold-overgrep');
    expect(step.routes[0]?.emergency).toBe(true);
    expect(step.previous).toBeNull();
    expect(step.next).toEqual({ level: 0, stepIndex: 1 });
    expect(step.number).toBe(1);
    expect(step.total).toBe(4);
  });

  it('next and previous walk through a level and stop at its ends', () => {
    for (const level of [0, 1, 2] as const) {
      const total = getLevel(level, tromso)!.steps.length;
      let ref = { level, stepIndex: 0 } as { level: 0 | 1 | 2; stepIndex: number } | null;
      const seen: number[] = [];
      while (ref) {
        const view = getStep(ref.level, ref.stepIndex, tromso)!;
        seen.push(view.stepIndex);
        if (view.next) expect(getStep(view.next.level, view.next.stepIndex, tromso)!.previous).toEqual({ level, stepIndex: view.stepIndex });
        ref = view.next;
      }
      expect(seen).toEqual(Array.from({ length: total }, (_, i) => i));
      expect(getStep(level, total - 1, tromso)!.next).toBeNull();
    }
  });

  it('the decision step of level 0 links to levels 1 and 2 and to meldeplikt', () => {
    const step = getStep(0, 3, tromso)!;
    expect(step.levelLinks.map((l) => l.level)).toEqual([1, 2]);
    expect(step.linksToMeldeplikt).toBe(true);
    expect(step.relatedTools.map((t) => t.id)).toContain('samtykkeskjema-hand');
  });

  it('level 1 evaluation links on to level 2; level 2 evaluation back to level 1', () => {
    expect(getStep(1, 2, tromso)!.levelLinks.map((l) => l.level)).toEqual([2]);
    expect(getStep(2, 4, tromso)!.levelLinks.map((l) => l.level)).toEqual([1]);
  });

  it('level 2 step 3 lists the Samspill tools from the source', () => {
    const step = getStep(2, 2, tromso)!;
    expect(step.step.title.nb).toMatch(/tverrfaglig plan i Samspill/);
    expect(step.tools.map((t) => t.id)).toEqual([
      'opprette-plan-samspill',
      'samarbeide-barn-ungdom',
      'foreldre-plan-samspill',
      'felles-mal',
      'skjema-ressurser-mal-behov',
      'administrere-deltakere',
      'veiledning-nye-deltakere',
    ]);
  });

  it('the new catalogue entries from 002 sit where the source speaks of them', () => {
    // "Barns rettigheter" beside the talk with the child and the shared understanding on level 1.
    expect(getStep(0, 2, tromso)!.relatedTools.map((t) => t.id)).toContain('barns-rettigheter');
    expect(getStep(1, 0, tromso)!.relatedTools.map((t) => t.id)).toContain('barns-rettigheter');
    // The parents' request form beside "find out whether cooperation is needed" on level 2.
    expect(getStep(2, 0, tromso)!.relatedTools.map((t) => t.id)).toContain('henvendelse-tverrfaglig-plan');
    expect(getTool('henvendelse-tverrfaglig-plan', vestreToten)).toBeNull();
  });

  it('level 2 step 4 lists meetings, goals and the minutes template', () => {
    expect(getStep(2, 3, tromso)!.tools.map((t) => t.id)).toEqual(['gode-moter', 'felles-mal', 'mal-motereferat']);
  });

  it('the level 2 evaluation says the family is not present when the coordinator role is discussed', () => {
    const texts = getStep(2, 4, tromso)!.step.supportQuestions.map((q) => q.text.nb).join(' ');
    expect(texts).toMatch(/uten barnet og familien/);
    expect(getStep(2, 4, tromso)!.relatedTools.map((t) => t.id)).toEqual(
      expect.arrayContaining(['bytte-koordinator', 'arkivering-avslutte', 'avklare-plan-koordinator']),
    );
  });

  it.each([
    [0, -1],
    [0, 4],
    [1, 3],
    [2, 5],
    [3, 0],
    [0, 0.5],
  ])('returns null for level %i step %i', (level, stepIndex) => {
    expect(getStep(level, stepIndex, tromso)).toBeNull();
  });

  it('every step has texts in nb and en', () => {
    for (const content of [tromso, vestreToten]) {
      for (const level of content.levels) {
        for (const step of level.steps) {
          expect(step.title.nb && step.title.en).toBeTruthy();
          for (const line of step.whatToDo) expect(line.nb.length * line.en.length).toBeGreaterThan(0);
          for (const q of step.supportQuestions) expect(q.text.nb.length * q.text.en.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('profiles differ where the municipality differs', () => {
  it('Vestre Toten creates a stafettlogg or applies to KTK, with lines citing source 003', () => {
    const step = getStep(2, 2, vestreToten)!;
    expect(step.step.title.nb).toMatch(/stafettlogg/i);
    expect(step.step.source.doc).toBe('003');
    expect(step.relatedTools.map((t) => t.id)).toContain('soknad-koordinator-ip');
    const clarify = getStep(2, 0, vestreToten)!;
    expect(clarify.step.whatToDo.some((l) => l.source?.doc === '003' && /KTK/.test(l.nb))).toBe(true);
  });

  it('Tromsø creates a tverrfaglig plan', () => {
    expect(getStep(2, 2, tromso)!.step.title.nb).toMatch(/tverrfaglig plan/);
  });
});

describe('special routes and tools', () => {
  it('the violence route outranks: act the same day, do not tell the parents, police and child welfare', () => {
    for (const content of [tromso, vestreToten]) {
      const route = getSpecialRoute('vold-overgrep', content)!;
      expect(route.emergency).toBe(true);
      expect(route.contactIds).toEqual(expect.arrayContaining(['police', 'barnevernvakta']));
      const all = route.whatToDo.map((l) => l.nb).join(' ');
      expect(all).toMatch(/samme dag/);
      expect(all).toMatch(/Ikke si fra til foreldrene/);
    }
  });

  it('the emergency route is for violence in close relationships and sexual abuse; peer violence at school has its own route', () => {
    for (const content of [tromso, vestreToten]) {
      const emergency = getSpecialRoute('vold-overgrep', content)!;
      expect(emergency.when.nb).toMatch(/vold i nære relasjoner eller seksuelle overgrep/);
      expect(emergency.source.section).toMatch(/nære relasjoner/);
      // Source 002, level 0 step 1: a breach of a safe school environment follows the school's routine.
      const school = getSpecialRoute('trygt-miljo', content)!;
      expect(school.emergency).toBe(false);
      expect(school.toolIds).toContain('trygt-skolemiljo');
      expect(getTool('trygt-skolemiljo', content)!.name.nb).toBe('Et trygt og godt skolemiljø');
      const step = getStep(0, 0, content)!;
      expect(step.routes.map((r) => r.id)).toEqual(expect.arrayContaining(['vold-overgrep', 'trygt-miljo']));
      expect(step.routes.filter((r) => r.emergency).map((r) => r.id)).toEqual(['vold-overgrep']);
    }
  });

  it('absence and safe environment routes point to the profile’s own routine', () => {
    expect(getSpecialRoute('skolefravaer', tromso)!.toolIds).toEqual(['handlingsplan-fravaer']);
    expect(getSpecialRoute('skolefravaer', vestreToten)!.toolIds).toEqual(['vt-fravaer']);
    expect(getSpecialRoute('trygt-miljo', tromso)!.toolIds).toContain('omni-modellen');
    expect(getSpecialRoute('finnes-ikke', tromso)).toBeNull();
  });

  it('getTool finds tools with their derived levels', () => {
    const tool = getTool('samtykkeskjema-hand', tromso)!;
    expect(tool.levels).toEqual([0, 1, 2]);
    expect(tool.link).toBeUndefined();
    expect(getTool('omni-modellen', tromso)!.link).toBe('https://omnimodellen.no/');
    expect(getTool('nope', tromso)).toBeNull();
  });
});
