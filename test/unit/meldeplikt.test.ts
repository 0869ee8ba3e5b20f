import { describe, expect, it } from 'vitest';
import { getGuidanceContent } from '../../src/content/guidance';
import {
  MELDEPLIKT_HOW,
  MELDEPLIKT_SITUATIONS,
  MELDEPLIKT_START_NODE,
  MELDEPLIKT_STILL_APPLIES,
  OPPMERKSOMHETSPLIKT,
  OUTCOME_IDS,
  classifyGuidanceIntent,
  detectEmergency,
  listDecisionNodes,
  nextNode,
  startMeldeplikt,
  type Answer,
  type DecisionStep,
} from '../../src/domain/guidance';

/** Follows a list of answers from the start and returns where it ends. */
function walk(answers: Answer[]): DecisionStep {
  let step: DecisionStep | null = startMeldeplikt();
  for (const a of answers) {
    if (!step || step.kind !== 'question') throw new Error('walked past an outcome');
    step = nextNode(step.node.id, a);
  }
  if (!step) throw new Error('lost the path');
  return step;
}

const outcomeOf = (answers: Answer[]) => {
  const step = walk(answers);
  if (step.kind !== 'outcome') throw new Error(`still at question ${step.node.id}`);
  return step.outcome;
};

describe('meldeplikt facts', () => {
  it('names the five situations, the four "still applies" facts, and how to report', () => {
    expect(MELDEPLIKT_SITUATIONS).toHaveLength(5);
    expect(MELDEPLIKT_SITUATIONS.map((s) => s.id)).toEqual(['vold-omsorgssvikt', 'sykdom-skade', 'saerlige-behov', 'atferd', 'menneskehandel']);
    expect(MELDEPLIKT_STILL_APPLIES).toHaveLength(4);
    const how = MELDEPLIKT_HOW.map((h) => h.text.nb).join(' ');
    expect(how).toMatch(/uten unødig opphold/);
    expect(how).toMatch(/foreldrene/);
    expect(how).toMatch(/vold eller seksuelle overgrep/);
    expect(OPPMERKSOMHETSPLIKT.map((o) => o.text.nb).join(' ')).toMatch(/NAV/);
    for (const item of [...MELDEPLIKT_SITUATIONS, ...MELDEPLIKT_STILL_APPLIES, ...MELDEPLIKT_HOW, ...OPPMERKSOMHETSPLIKT]) {
      expect(item.source.doc).toBe('002');
      expect(item.text.en.length).toBeGreaterThan(0);
    }
  });
});

describe('decision helper: every branch', () => {
  it('starts with the violence question', () => {
    const start = startMeldeplikt();
    expect(start.kind === 'question' && start.node.id).toBe(MELDEPLIKT_START_NODE);
    expect(MELDEPLIKT_START_NODE).toBe('vold-overgrep');
  });

  it('violence or sexual abuse: yes → emergency outcome, parents not told, police first', () => {
    const o = outcomeOf(['yes']);
    expect(o.id).toBe('call-barnevernvakta');
    expect(o.emergency).toBe(true);
    expect(o.tellParents).toBe('no');
    expect(o.contactIds[0]).toBe('police');
  });

  // Each of the five situations, answered yes after "no" to those before it.
  const situationNodes = ['omsorgssvikt', 'sykdom-skade', 'saerlige-behov', 'atferd', 'menneskehandel'];
  it.each(situationNodes.map((id, i) => [id, i] as const))('situation %s: yes → confident → report-now; unsure → call', (id, i) => {
    const prefix: Answer[] = ['no', ...Array<Answer>(i).fill('no')];
    const at = walk(prefix);
    expect(at.kind === 'question' && at.node.id).toBe(id);
    const sure = outcomeOf([...prefix, 'yes', 'yes']);
    expect(sure.id).toBe('report-now');
    expect(sure.emergency).toBe(false);
    expect(sure.tellParents).toBe('yes');
    expect(sure.contactIds).toContain('bekymringsmelding-portal');
    const unsure = outcomeOf([...prefix, 'yes', 'no']);
    expect(unsure.id).toBe('call-barnevernvakta');
    expect(unsure.emergency).toBe(false);
  });

  it('no situation, but still unsure → call Barnevernvakta for advice', () => {
    expect(outcomeOf(['no', 'no', 'no', 'no', 'no', 'no', 'yes']).id).toBe('call-barnevernvakta');
  });

  it('no situation and not unsure → oppmerksomhetsplikt: help the family to the right service', () => {
    const o = outcomeOf(['no', 'no', 'no', 'no', 'no', 'no', 'no']);
    expect(o.id).toBe('oppmerksomhetsplikt');
    expect(o.whatToDo.map((w) => w.nb).join(' ')).toMatch(/riktig|kontakt/);
  });

  it('every node is reachable, every edge ends in a node or one of exactly three outcomes', () => {
    const nodes = listDecisionNodes();
    const reached = new Set<string>([MELDEPLIKT_START_NODE]);
    const outcomes = new Set<string>();
    for (const node of nodes) {
      for (const answer of ['yes', 'no'] as const) {
        const next = nextNode(node.id, answer)!;
        expect(next).not.toBeNull();
        if (next.kind === 'question') reached.add(next.node.id);
        else outcomes.add(next.outcome.id);
      }
      expect(node.question.nb.endsWith('?')).toBe(true);
      expect(node.question.en.endsWith('?')).toBe(true);
    }
    expect(reached).toEqual(new Set(nodes.map((n) => n.id)));
    expect([...outcomes].sort()).toEqual([...OUTCOME_IDS].sort());
  });

  it('accepts booleans and rejects unknown nodes or answers', () => {
    expect(nextNode('vold-overgrep', true)).toEqual(nextNode('vold-overgrep', 'yes'));
    expect(nextNode('vold-overgrep', false)).toEqual(nextNode('vold-overgrep', 'no'));
    expect(nextNode('finnes-ikke', 'yes')).toBeNull();
    expect(nextNode('vold-overgrep', 'kanskje' as Answer)).toBeNull();
  });

  it('emergency wins: words about abuse skip straight to the emergency outcome', () => {
    const step = startMeldeplikt('jeg tror faren slår barnet');
    expect(step.kind).toBe('outcome');
    expect(step.kind === 'outcome' && step.outcome.emergency).toBe(true);
    expect(startMeldeplikt('skal jeg melde?').kind).toBe('question');
  });

  it('every outcome contact exists in both profiles', () => {
    for (const id of ['tromso-2025', 'vestre-toten']) {
      const contacts = new Set(getGuidanceContent(id).contacts.map((c) => c.id));
      for (const o of [...OUTCOME_IDS.map((x) => x), 'emergency']) {
        const out = o === 'emergency' ? startMeldeplikt('seksuelle overgrep') : null;
        const list = out?.kind === 'outcome' ? out.outcome.contactIds : [];
        for (const c of list) expect(contacts.has(c)).toBe(true);
      }
      for (const answers of [['yes'], ['no', 'yes', 'yes'], ['no', 'yes', 'no']] as Answer[][]) {
        for (const c of outcomeOf(answers).contactIds) expect(contacts.has(c)).toBe(true);
      }
    }
  });
});

describe('detectEmergency', () => {
  it.each([
    'Jeg er redd barnet blir utsatt for vold hjemme',
    'mistanke om vold i nære relasjoner',
    'det er familievold i hjemmet',
    'eleven er voldsutsatt',
    'faren er voldelig',
    'jeg tror det skjer seksuelle overgrep',
    'overgrepet skjedde i helgen',
    'mistenker overgrep',
    'barnet blir mishandlet',
    'mishandling av barn',
    'hun forteller om incest',
    'grooming på nett',
    'han ble groomet',
    'pappa slår meg',
    'Faren slår barnet',
    'mor har slått ham',
    'han slår henne når han er full',
    'barnet blir slått hjemme',
    'ble banket opp av stefar',
    'hun får juling',
    'voldtekt',
    'hun ble voldtatt',
    'PAPPA SLAAR MEG',
    'pappa slar meg',
    'seksuelt misbrukt',
    'kjønnslemlestelse',
    'I suspect abuse',
    'the child is being abused',
    'sexual abuse',
    'domestic violence',
    'his father hits him',
    'she hits the child',
    'the boy was beaten',
    'her stepfather beats her',
    'sexual assault',
    'she was raped',
    'incest',
    'online grooming',
  ])('flags "%s"', (text) => {
    expect(detectEmergency(text)).toBe(true);
  });

  it.each([
    '',
    'Det var voldsomt mange på møtet',
    'voldsomme mengder papir',
    'Det slår meg at vi mangler referat',
    'det slo meg at planen var gammel',
    'vi slår sammen planene',
    'planene ble slått sammen',
    'han slår av lyset',
    'hun slår opp i veilederen',
    'han slår seg til ro',
    'når slår han seg ned for godt?',
    'mor banker på døra',
    'rusmisbruk hos ungdommen',
    'substance abuse in the family',
    'drug abuse',
    'bestefaren fikk hjerneslag',
    'the search gave 3 hits',
    'overgangen til ungdomsskolen',
    'volda kommune',
    'jeg er bekymret for et barn',
    'meldeplikt',
    'hva er BTI',
    'barnet har mye fravær',
    'bekymringsmelding',
  ])('does not flag "%s"', (text) => {
    expect(detectEmergency(text)).toBe(false);
  });
});

describe('classifyGuidanceIntent', () => {
  it.each<[string, string | null]>([
    ['meldeplikt', 'meldeplikt'],
    ['Meldeplikt?', 'meldeplikt'],
    ['bekymringsmelding', 'meldeplikt'],
    ['hvordan sender jeg en bekymringsmelding', 'meldeplikt'],
    ['skal jeg melde', 'meldeplikt'],
    ['må jeg melde til barnevernet', 'meldeplikt'],
    ['oppmerksomhetsplikt', 'meldeplikt'],
    ['duty to report', 'meldeplikt'],
    ['should I report this', 'meldeplikt'],
    ['report a concern to child welfare', 'meldeplikt'],
    ['jeg er bekymret for et barn', 'navigator'],
    ['bekymring', 'navigator'],
    ['BTI', 'navigator'],
    ['hva er bti', 'navigator'],
    ['nivå 1', 'navigator'],
    ['I am worried about a child', 'navigator'],
    ['level 2', 'navigator'],
    ['verktøy samtykke', 'verktoy'],
    ['verktoy', 'verktoy'],
    ['samtykkeskjema', 'verktoy'],
    ['bekymringsskala', 'verktoy'],
    ['mal for referat', 'verktoy'],
    ['tools consent', 'verktoy'],
    ['consent form', 'verktoy'],
    ['BTI verktøy', 'verktoy'],
    ['hei', null],
    ['nytt møte', null],
    ['', null],
    // Emergency wins over every other intent.
    ['meldeplikt når faren slår barnet', 'emergency'],
    ['verktøy for seksuelle overgrep', 'emergency'],
    ['jeg er bekymret, barnet blir slått', 'emergency'],
    ['I am worried about abuse', 'emergency'],
    ['vold', 'emergency'],
  ])('"%s" → %s', (text, intent) => {
    expect(classifyGuidanceIntent(text)).toBe(intent);
  });
});
