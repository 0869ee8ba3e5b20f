import { routeText, type RouteDecision } from '../../src/domain/nlu/route';
import type { IntentClassifier } from '../../src/domain/nlu/classifier';
import type { Utterance } from './utterances';

/** How the free-text router does on the labelled corpus (issue 13): the figures the test asserts and the report prints. */

export interface Outcome {
  u: Utterance;
  decision: RouteDecision;
  /** The intent the bot answers with; 'choose:a/b' when it offers two, 'unknown' for the help card. */
  got: string;
}

export interface NluFigures {
  total: number;
  heldOut: number;
  heldOutCorrect: number;
  heldOutAccuracy: number;
  tuningAccuracy: number;
  emergencyTotal: number;
  emergencyFound: number;
  emergencyRecall: number;
  /** Ordinary (non-emergency) questions that got the emergency card. */
  falseEmergencies: Outcome[];
  /** Emergency messages that also asked for a tool, and how many got it shown. */
  alsoTotal: number;
  alsoShown: number;
  /** Emergency messages that asked for nothing else but got a second card. */
  alsoSpurious: number;
  chooseCount: number;
  english: number;
  outcomes: Outcome[];
}

export function gotOf(d: RouteDecision): string {
  switch (d.kind) {
    case 'emergency':
      return 'emergency';
    case 'intent':
      return d.intent;
    case 'choose':
      return `choose:${d.options.join('/')}`;
    case 'unknown':
      return 'unknown';
  }
}

export function evaluate(corpus: Utterance[], classifier: IntentClassifier): NluFigures {
  const outcomes = corpus.map((u) => {
    const decision = routeText(u.text, classifier);
    return { u, decision, got: gotOf(decision) };
  });
  const held = outcomes.filter((o) => o.u.heldOut);
  const tuning = outcomes.filter((o) => !o.u.heldOut);
  const correct = (o: Outcome) => o.got === o.u.intent;
  const emergencies = outcomes.filter((o) => o.u.intent === 'emergency');
  const withAlso = emergencies.filter((o) => o.u.also);
  const alsoOf = (o: Outcome) => (o.decision.kind === 'emergency' ? o.decision.also : null);
  return {
    total: corpus.length,
    heldOut: held.length,
    heldOutCorrect: held.filter(correct).length,
    heldOutAccuracy: held.filter(correct).length / held.length,
    tuningAccuracy: tuning.filter(correct).length / tuning.length,
    emergencyTotal: emergencies.length,
    emergencyFound: emergencies.filter((o) => o.got === 'emergency').length,
    emergencyRecall: emergencies.filter((o) => o.got === 'emergency').length / emergencies.length,
    falseEmergencies: outcomes.filter((o) => o.u.intent !== 'emergency' && o.got === 'emergency'),
    alsoTotal: withAlso.length,
    alsoShown: withAlso.filter((o) => alsoOf(o) === o.u.also).length,
    alsoSpurious: emergencies.filter((o) => !o.u.also && alsoOf(o) !== null).length,
    chooseCount: outcomes.filter((o) => o.decision.kind === 'choose').length,
    english: corpus.filter((u) => u.lang === 'en').length,
    outcomes,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function summary(f: NluFigures): string {
  return [
    `corpus: ${f.total} utterances (${f.english} English, ${pct(f.english / f.total)}); held out: ${f.heldOut}`,
    `held-out accuracy: ${f.heldOutCorrect}/${f.heldOut} = ${pct(f.heldOutAccuracy)} (tuning part: ${pct(f.tuningAccuracy)})`,
    `emergency recall (whole corpus): ${f.emergencyFound}/${f.emergencyTotal} = ${pct(f.emergencyRecall)}`,
    `emergency card for ordinary questions: ${f.falseEmergencies.length}`,
    `emergency + other request: ${f.alsoShown}/${f.alsoTotal} shown with the emergency card; ${f.alsoSpurious} extra cards where nothing else was asked`,
    `offered two choices: ${f.chooseCount}`,
  ].join('\n');
}

/** Per intent: how many, how many right, and what the misses became. */
export function confusion(f: NluFigures, which: 'all' | 'heldOut' = 'all'): string {
  const rows = new Map<string, { n: number; ok: number; wrong: Map<string, number> }>();
  for (const o of f.outcomes) {
    if (which === 'heldOut' && !o.u.heldOut) continue;
    const r = rows.get(o.u.intent) ?? { n: 0, ok: 0, wrong: new Map<string, number>() };
    r.n++;
    if (o.got === o.u.intent) r.ok++;
    else r.wrong.set(o.got, (r.wrong.get(o.got) ?? 0) + 1);
    rows.set(o.u.intent, r);
  }
  return [...rows]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([intent, r]) => `${intent.padEnd(22)} ${String(r.ok).padStart(3)}/${String(r.n).padEnd(3)} ${[...r.wrong].map(([g, n]) => `→ ${g}×${n}`).join('  ')}`)
    .join('\n');
}
