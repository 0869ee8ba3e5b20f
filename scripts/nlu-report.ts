import { loadCorpus } from '../test/support/utterances';
import { confusion, evaluate, summary } from '../test/support/nluEval';
import { nluClassifier } from '../src/bot/nlu';

/**
 * The free-text router on the labelled corpus: the figures and a per-intent confusion summary.
 * Run: npm run nlu-report (add --errors to list every miss with its scores; held-out misses are not listed
 * unless --held-out-errors is given, so looking at them stays a choice).
 */
const classifier = nluClassifier();
const figures = evaluate(loadCorpus(), classifier);
console.log(summary(figures));
console.log('\nPer intent, whole corpus (right/total, then what the misses became):');
console.log(confusion(figures));
console.log('\nPer intent, held-out fifth only:');
console.log(confusion(figures, 'heldOut'));
const showHeld = process.argv.includes('--held-out-errors');
if (process.argv.includes('--errors') || showHeld) {
  console.log('\nMisses:');
  for (const o of figures.outcomes) {
    if (o.got === o.u.intent || (o.u.heldOut && !showHeld)) continue;
    const top = o.decision.scores[0]?.intent;
    // Why: the features of the message that weigh most towards the intent that won.
    const why = top ? classifier.explain(o.u.text, top).join(' ') : '';
    console.log(`${o.u.heldOut ? '[held out] ' : ''}${o.u.intent} → ${o.got} (${o.decision.scores.map((s) => `${s.intent} ${s.score.toFixed(2)}`).join(', ')}): ${o.u.text}\n    why ${top}: ${why}`);
  }
}
