import { maskCaseRefs } from '../caseRef';
import { fold } from '../guidance/text';

/**
 * A small, explainable text classifier for the free-text router (issue 13). No text leaves the process.
 *
 * Each message becomes a sparse TF-IDF vector over
 * - folded words ("møte", "moete" and "mote" are one word),
 * - word pairs (so "bytte koordinator" is more than its two words),
 * - character 3–5-grams inside each word (so typos, inflections and compounds still share most features).
 * An intent is scored by its centroid (the mean of its examples) and by its nearest example, half each: the
 * centroid generalises, the nearest example keeps short, exact phrasings ("status", "saker") sharp.
 * The answer lists every intent by score, and the features that carried the winner can be listed, so a
 * routing decision can be explained without a model nobody can read.
 */

export interface TrainingExample {
  intent: string;
  text: string;
}

export interface IntentScore {
  intent: string;
  score: number;
}

type Vector = Map<string, number>;

/** Whole words and word pairs say more than any one of the many character n-grams of a word. */
const KIND_WEIGHT = { w: 1, b: 1, c: 0.35, k: 4, s: 0.3 } as const;

/** Folded function words: they still count (a message may be nothing else: "hva kan du"), but little. */
const STOPWORDS = new Set(
  ('og i a for til om med pa en et ei den det de dem som av jeg vi du dere skal kan er har hva hvordan hvor hvem nar meg min mitt ' +
    'mine man seg sin noe noen ikke eller ved fra etter vil ma bor sa da the an of to how and in on with my is are what where do does ' +
    'about me we you our can which who it this that i be have has there')
    .split(' '),
);

/** Concepts compiled once: id → one regex over normalized text. */
export type ConceptTable = Readonly<Record<string, readonly string[]>>;

function compileConcepts(table: ConceptTable): [string, RegExp][] {
  return Object.entries(table).map(([id, entries]) => [
    id,
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.map((e) => e.replace(/ /g, ' +')).join('|')})`, 'u'),
  ]);
}

/** Lower case, æøå folded (æ→ae, ø/oe→o, å/aa→a), mentions and punctuation gone, case numbers one token. */
export function normalizeForNlu(text: string): string {
  return maskCaseRefs(fold(text.replace(/<at>[^<]*<\/at>/gi, ' ')), ' saksref ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  const n = normalizeForNlu(text);
  return n === '' ? [] : n.split(' ');
}

function features(text: string, concepts: [string, RegExp][]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  const words = tokens(text);
  const joined = words.join(' ');
  for (const [id, re] of concepts) if (re.test(joined)) add(`k:${id}`);
  words.forEach((w, i) => {
    if (STOPWORDS.has(w)) {
      add(`s:${w}`);
      if (i > 0) add(`b:${words[i - 1]} ${w}`);
      return;
    }
    add(`w:${w}`);
    if (i > 0) add(`b:${words[i - 1]} ${w}`);
    if (w.length < 3) return;
    const padded = ` ${w} `;
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) add(`c:${padded.slice(j, j + n)}`);
    }
  });
  return out;
}

function normalize(v: Vector): Vector {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const len = Math.sqrt(sum);
  if (len === 0) return v;
  for (const [k, x] of v) v.set(k, x / len);
  return v;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

export interface ClassifierOptions {
  /** Weight of the centroid score against the nearest-example score (0–1). */
  centroidWeight?: number;
  /** Synonym groups that become one feature each (see src/content/intents/concepts.ts). */
  concepts?: ConceptTable;
  /** Weight of a concept feature against a whole word's 1. */
  conceptWeight?: number;
}

export class IntentClassifier {
  private readonly idf = new Map<string, number>();
  private readonly examples: { intent: string; vector: Vector }[] = [];
  /** Feature → the examples that have it, with its weight there, in example order: a query only visits these. */
  private readonly postings = new Map<string, { example: number; weight: number }[]>();
  private readonly centroids = new Map<string, Vector>();
  private readonly centroidWeight: number;
  private readonly concepts: [string, RegExp][];
  private readonly kindWeight: Record<string, number>;
  readonly intents: string[];

  constructor(training: readonly TrainingExample[], opts: ClassifierOptions = {}) {
    this.centroidWeight = opts.centroidWeight ?? 0.6;
    this.concepts = compileConcepts(opts.concepts ?? {});
    this.kindWeight = { ...KIND_WEIGHT, k: opts.conceptWeight ?? KIND_WEIGHT.k };
    const raw = training.map((e) => ({ intent: e.intent, f: features(e.text, this.concepts) })).filter((e) => e.f.size > 0);
    const df = new Map<string, number>();
    for (const e of raw) for (const k of e.f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    const n = raw.length;
    for (const [k, d] of df) this.idf.set(k, Math.log((n + 1) / (d + 1)) + 1);
    for (const e of raw) this.examples.push({ intent: e.intent, vector: this.weigh(e.f) });
    this.examples.forEach((e, example) => {
      for (const [k, weight] of e.vector) {
        const list = this.postings.get(k);
        if (list) list.push({ example, weight });
        else this.postings.set(k, [{ example, weight }]);
      }
    });
    const sums = new Map<string, Vector>();
    for (const e of this.examples) {
      const sum = sums.get(e.intent) ?? new Map<string, number>();
      for (const [k, x] of e.vector) sum.set(k, (sum.get(k) ?? 0) + x);
      sums.set(e.intent, sum);
    }
    for (const [intent, sum] of sums) this.centroids.set(intent, normalize(sum));
    this.intents = [...sums.keys()].sort();
  }

  /** Sublinear term frequency times IDF, unit length. Features never seen in training carry nothing. */
  private weigh(f: Map<string, number>): Vector {
    const v: Vector = new Map();
    for (const [k, tf] of f) {
      const idf = this.idf.get(k);
      if (idf !== undefined) v.set(k, this.kindWeight[k[0]!]! * (1 + Math.log(tf)) * idf);
    }
    return normalize(v);
  }

  /** Every intent with its score (0–1), best first. Only `among` when given. */
  classify(text: string, among?: readonly string[]): IntentScore[] {
    const q = this.weigh(features(text, this.concepts));
    if (q.size === 0) return [];
    // The nearest example of each intent. Only examples sharing a feature with the message can score above 0,
    // and the postings give exactly those; each one's sum is built in the order dot() would build it (the
    // message's features in order), so the scores are the same to the last bit as visiting every example.
    const sums = new Map<number, number>();
    for (const [k, x] of q) {
      const list = this.postings.get(k);
      if (list) for (const { example, weight } of list) sums.set(example, (sums.get(example) ?? 0) + x * weight);
    }
    const nearest = new Map<string, number>();
    for (const [example, sum] of sums) {
      const e = this.examples[example]!;
      // dot() walks the smaller vector: an example with fewer features than the message sums in its own order.
      const s = q.size <= e.vector.size ? sum : dot(q, e.vector);
      if (s > (nearest.get(e.intent) ?? 0)) nearest.set(e.intent, s);
    }
    const w = this.centroidWeight;
    return this.intents
      .filter((intent) => !among || among.includes(intent))
      .map((intent) => ({ intent, score: w * dot(q, this.centroids.get(intent)!) + (1 - w) * (nearest.get(intent) ?? 0) }))
      .sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
  }

  /** The features of `text` that weigh most towards `intent`'s centroid: why the classifier chose it. */
  explain(text: string, intent: string, limit = 6): string[] {
    const q = this.weigh(features(text, this.concepts));
    const c = this.centroids.get(intent);
    if (!c) return [];
    return [...q]
      .map(([k, x]) => [k, x * (c.get(k) ?? 0)] as const)
      .filter(([, s]) => s > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([k]) => k);
  }
}
