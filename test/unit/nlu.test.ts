import { describe, it, expect } from 'vitest';
import { loadCorpus } from '../support/utterances';
import { confusion, evaluate, summary } from '../support/nluEval';
import { nluClassifier } from '../../src/bot/nlu';
import { trainingExamples } from '../../src/content/intents';
import { IntentClassifier, normalizeForNlu } from '../../src/domain/nlu/classifier';
import { DEFAULT_THRESHOLDS, routeText } from '../../src/domain/nlu/route';
import { INTENT_IDS, jobOf } from '../../src/domain/nlu/intents';
import { reportingGroundsIn, meldepliktAnswer } from '../../src/domain/guidance/meldepliktAnswers';

/** The free-text router against the labelled corpus (issue 13). Figures are computed here, never written in. */
describe('free-text router on the labelled corpus', () => {
  const corpus = loadCorpus();
  const figures = evaluate(corpus, nluClassifier());
  console.log(`${summary(figures)}\n${confusion(figures, 'heldOut')}`);

  it('the corpus is big enough, covers every intent, and is about a quarter English', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    const labels = new Set(corpus.flatMap((u) => [u.intent, u.also].filter(Boolean)));
    for (const intent of INTENT_IDS) expect(labels, intent).toContain(intent);
    expect(figures.english / corpus.length).toBeGreaterThanOrEqual(0.2);
  });

  it('the held-out fifth is fixed by position and never trained on', () => {
    const held = corpus.filter((u) => u.heldOut);
    expect(held.length).toBe(Math.floor(corpus.length / 5));
    const trained = new Set(trainingExamples().map((e) => normalizeForNlu(e.text)));
    const leaked = held.filter((u) => trained.has(normalizeForNlu(u.text)));
    expect(leaked.map((u) => u.text)).toEqual([]);
  });

  it('accuracy on the held-out fifth is at least 95 %', () => {
    expect(figures.heldOutAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('emergency recall is 100 % on the whole corpus', () => {
    expect(figures.emergencyFound).toBe(figures.emergencyTotal);
    expect(figures.emergencyTotal).toBeGreaterThan(40);
  });

  it('no ordinary question of the corpus gets the emergency card', () => {
    expect(figures.falseEmergencies.map((o) => o.u.text)).toEqual([]);
  });

  it('an emergency message that asks for a tool keeps it; one that asks for nothing else gets the emergency card alone', () => {
    expect(figures.alsoShown).toBe(figures.alsoTotal);
    expect(figures.alsoSpurious).toBe(0);
  });
});

describe('router rules', () => {
  const c = nluClassifier();

  it('a small margin between two jobs offers both; nonsense is not understood', () => {
    const tiny = new IntentClassifier([
      { intent: 'status', text: 'neste rad' },
      { intent: 'referat', text: 'neste tur' },
    ]);
    const d = routeText('neste', tiny);
    expect(d.kind).toBe('choose');
    expect(routeText('qwerty zxcv', c).kind).toBe('unknown');
  });

  it('the classifier alone raises the emergency route only when emergency stands clear of the next intent', () => {
    const tiny = new IntentClassifier([
      { intent: 'emergency', text: 'mor gjør barnet noe' },
      { intent: 'tool.foreldre', text: 'samarbeid med mor om barnet' },
    ]);
    const close = routeText('barnet og mor', tiny);
    expect(close.scores[0]!.intent).toBe('emergency');
    expect(close.scores[0]!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.emergency);
    expect(close.scores[0]!.score - close.scores[1]!.score).toBeLessThan(DEFAULT_THRESHOLDS.emergencyLead);
    expect(close.kind).not.toBe('emergency');
    const clear = routeText('mor gjør barnet noe', tiny);
    expect(clear.scores[0]!.score - clear.scores[1]!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.emergencyLead);
    expect(clear.kind).toBe('emergency');
  });

  it('an interpreter for the family is never a question about the bot\'s language', () => {
    const tiny = new IntentClassifier([
      { intent: 'language', text: 'snakker du norsk' },
      { intent: 'tool.mote', text: 'tolk på møtet' },
    ]);
    expect(routeText('snakker du norsk', tiny)).toMatchObject({ kind: 'intent', intent: 'language' });
    const d = routeText('må vi ha tolk når mor snakker norsk', tiny);
    expect(d.scores[0]!.intent).toBe('language');
    expect(d).toMatchObject({ kind: 'intent', intent: 'tool.mote' });
  });

  it('the tools asked for at a named level open the navigator there, not the general list', () => {
    const tiny = new IntentClassifier([
      { intent: 'verktoy', text: 'hvilke verktøy finnes' },
      { intent: 'navigator', text: 'hva gjør jeg nå' },
    ]);
    expect(routeText('hvilke verktøy finnes', tiny)).toMatchObject({ kind: 'intent', intent: 'verktoy' });
    expect(routeText('hvilke verktøy finnes på nivå 1', tiny)).toMatchObject({ kind: 'intent', intent: 'navigator' });
    expect(routeText('which tools are there at level 2', c)).toMatchObject({ kind: 'intent', intent: 'navigator' });
  });

  it('"hjelp" inside a question about a child is not a call for the help card; alone it is', () => {
    expect(routeText('hvem skal koordinere for en gutt som får hjelp fra PPT og helsesykepleier?', c)).toMatchObject({ kind: 'intent', intent: 'avklaring' });
    expect(routeText('who should coordinate when the school and the health nurse help the boy', c)).toMatchObject({ kind: 'intent', intent: 'avklaring' });
    for (const text of ['hjelp', 'Hjelp!', 'jeg trenger hjelp', 'help me']) expect(routeText(text, c), text).toMatchObject({ kind: 'intent', intent: 'help' });
  });

  it('a named reporting ground wins over a tool or the navigator, and a sub-question keeps its answer', () => {
    expect(routeText('jeg er bekymret for en gutt som selger hasj', c)).toMatchObject({ kind: 'intent', intent: 'meldeplikt.ground' });
    expect(routeText('barnevernet har allerede sak, men eleven ruser seg fortsatt – må jeg melde igjen?', c)).toMatchObject({ kind: 'intent', intent: 'meldeplikt.still' });
  });

  // The phrasings the older keyword routes answered (test/unit/meldeplikt.test.ts) keep their job.
  it.each<[string, string]>([
    ['Meldeplikt?', 'meldeplikt'],
    ['bekymringsmelding', 'meldeplikt'],
    ['skal jeg melde', 'meldeplikt'],
    ['oppmerksomhetsplikt', 'meldeplikt'],
    ['should I report this', 'meldeplikt'],
    ['report a concern to child welfare', 'meldeplikt'],
    ['jeg er urolig for et barn', 'navigator'],
    ['uro for et barn', 'navigator'],
    ['vi er engstelige for hvordan hun har det', 'navigator'],
    ['I am uneasy about a pupil', 'navigator'],
    ['bekymret for en elev som blir slått av andre elever', 'navigator'],
    ['BTI', 'navigator'],
    ['level 2', 'navigator'],
    ['samtykkeskjema', 'tool'],
    ['bekymringsskala', 'tool'],
    ['mal for referat', 'tool'],
    ['tools consent', 'tool'],
    ['bekymringsfullt fravær', 'tool'],
    ['I am worried about abuse', 'emergency'],
    ['vold', 'emergency'],
    ['meldeplikt når en elev ble sparket av en klassekamerat', 'meldeplikt'],
  ])('"%s" → %s', (text, job) => {
    const d = routeText(text, c);
    expect(d.kind === 'emergency' ? 'emergency' : d.kind === 'intent' ? jobOf(d.intent) : d.kind).toBe(job);
  });

  it('finds the reporting grounds in plain words, both languages, and leaves needs alone unless they are unmet', () => {
    expect(reportingGroundsIn('Eleven ruser seg og begår kriminalitet')).toEqual(['rus', 'kriminalitet']);
    expect(reportingGroundsIn('the kid is hungry and dirty every day')).toEqual(['omsorgssvikt']);
    expect(reportingGroundsIn('gutten har særlige behov')).toEqual([]);
    expect(reportingGroundsIn('gutten har særlige behov som ikke blir dekket')).toEqual(['saerlige-behov']);
    expect(reportingGroundsIn('han er full av energi')).toEqual([]);
  });

  it('rus is the child\'s own ground; a parent who drinks or uses drugs is a worry about neglect', () => {
    for (const text of ['eleven ruser seg', 'gutten ruser seg og mor vet ikke om det', 'teen drinking every weekend']) expect(reportingGroundsIn(text), text).toContain('rus');
    for (const text of ['foreldrene er ruset når de henter i barnehagen', 'mor er ofte full', 'rusmisbruk hos far', 'the parents drink a lot']) {
      expect(reportingGroundsIn(text), text).toEqual(['omsorgssvikt']);
    }
  });

  it('a meldeplikt answer puts a named ground first, then the question asked, each with source 002', () => {
    const a = meldepliktAnswer('parents', 'eleven ruser seg, skal jeg si det til foreldrene?');
    expect(a.sections.map((s) => s.lead)).toEqual(['ground', 'parents']);
    expect(a.sections.every((s) => s.source.doc === '002')).toBe(true);
    expect(a.portal).toBe(true);
  });
});
