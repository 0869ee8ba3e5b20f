"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntentClassifier = void 0;
exports.normalizeForNlu = normalizeForNlu;
exports.tokens = tokens;
const text_1 = require("../guidance/text");
/** Whole words and word pairs say more than any one of the many character n-grams of a word. */
const KIND_WEIGHT = { w: 1, b: 1, c: 0.35, k: 4, s: 0.3 };
/** Folded function words: they still count (a message may be nothing else: "hva kan du"), but little. */
const STOPWORDS = new Set(('og i a for til om med pa en et ei den det de dem som av jeg vi du dere skal kan er har hva hvordan hvor hvem nar meg min mitt ' +
    'mine man seg sin noe noen ikke eller ved fra etter vil ma bor sa da the an of to how and in on with my is are what where do does ' +
    'about me we you our can which who it this that i be have has there')
    .split(' '));
function compileConcepts(table) {
    return Object.entries(table).map(([id, entries]) => [
        id,
        new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.map((e) => e.replace(/ /g, ' +')).join('|')})`, 'u'),
    ]);
}
/** Lower case, æøå folded (æ→ae, ø/oe→o, å/aa→a), mentions and punctuation gone, case numbers one token. */
function normalizeForNlu(text) {
    return (0, text_1.fold)(text.replace(/<at>[^<]*<\/at>/gi, ' '))
        .replace(/\bbti-\d{4}-\d{4}\b/g, ' saksref ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
function tokens(text) {
    const n = normalizeForNlu(text);
    return n === '' ? [] : n.split(' ');
}
function features(text, concepts) {
    const out = new Map();
    const add = (f) => out.set(f, (out.get(f) ?? 0) + 1);
    const words = tokens(text);
    const joined = words.join(' ');
    for (const [id, re] of concepts)
        if (re.test(joined))
            add(`k:${id}`);
    words.forEach((w, i) => {
        if (STOPWORDS.has(w)) {
            add(`s:${w}`);
            if (i > 0)
                add(`b:${words[i - 1]} ${w}`);
            return;
        }
        add(`w:${w}`);
        if (i > 0)
            add(`b:${words[i - 1]} ${w}`);
        if (w.length < 3)
            return;
        const padded = ` ${w} `;
        for (let n = 3; n <= 5; n++) {
            for (let j = 0; j + n <= padded.length; j++)
                add(`c:${padded.slice(j, j + n)}`);
        }
    });
    return out;
}
function normalize(v) {
    let sum = 0;
    for (const x of v.values())
        sum += x * x;
    const len = Math.sqrt(sum);
    if (len === 0)
        return v;
    for (const [k, x] of v)
        v.set(k, x / len);
    return v;
}
function dot(a, b) {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let s = 0;
    for (const [k, x] of small) {
        const y = large.get(k);
        if (y !== undefined)
            s += x * y;
    }
    return s;
}
class IntentClassifier {
    idf = new Map();
    examples = [];
    centroids = new Map();
    centroidWeight;
    concepts;
    kindWeight;
    intents;
    constructor(training, opts = {}) {
        this.centroidWeight = opts.centroidWeight ?? 0.6;
        this.concepts = compileConcepts(opts.concepts ?? {});
        this.kindWeight = { ...KIND_WEIGHT, k: opts.conceptWeight ?? KIND_WEIGHT.k };
        const raw = training.map((e) => ({ intent: e.intent, f: features(e.text, this.concepts) })).filter((e) => e.f.size > 0);
        const df = new Map();
        for (const e of raw)
            for (const k of e.f.keys())
                df.set(k, (df.get(k) ?? 0) + 1);
        const n = raw.length;
        for (const [k, d] of df)
            this.idf.set(k, Math.log((n + 1) / (d + 1)) + 1);
        for (const e of raw)
            this.examples.push({ intent: e.intent, vector: this.weigh(e.f) });
        const sums = new Map();
        for (const e of this.examples) {
            const sum = sums.get(e.intent) ?? new Map();
            for (const [k, x] of e.vector)
                sum.set(k, (sum.get(k) ?? 0) + x);
            sums.set(e.intent, sum);
        }
        for (const [intent, sum] of sums)
            this.centroids.set(intent, normalize(sum));
        this.intents = [...sums.keys()].sort();
    }
    /** Sublinear term frequency times IDF, unit length. Features never seen in training carry nothing. */
    weigh(f) {
        const v = new Map();
        for (const [k, tf] of f) {
            const idf = this.idf.get(k);
            if (idf !== undefined)
                v.set(k, this.kindWeight[k[0]] * (1 + Math.log(tf)) * idf);
        }
        return normalize(v);
    }
    /** Every intent with its score (0–1), best first. Only `among` when given. */
    classify(text, among) {
        const q = this.weigh(features(text, this.concepts));
        if (q.size === 0)
            return [];
        const nearest = new Map();
        for (const e of this.examples) {
            const s = dot(q, e.vector);
            if (s > (nearest.get(e.intent) ?? 0))
                nearest.set(e.intent, s);
        }
        const w = this.centroidWeight;
        return this.intents
            .filter((intent) => !among || among.includes(intent))
            .map((intent) => ({ intent, score: w * dot(q, this.centroids.get(intent)) + (1 - w) * (nearest.get(intent) ?? 0) }))
            .sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
    }
    /** The features of `text` that weigh most towards `intent`'s centroid: why the classifier chose it. */
    explain(text, intent, limit = 6) {
        const q = this.weigh(features(text, this.concepts));
        const c = this.centroids.get(intent);
        if (!c)
            return [];
        return [...q]
            .map(([k, x]) => [k, x * (c.get(k) ?? 0)])
            .filter(([, s]) => s > 0)
            .sort((a, b) => b[1] - a[1])
            .slice(0, limit)
            .map(([k]) => k);
    }
}
exports.IntentClassifier = IntentClassifier;
//# sourceMappingURL=classifier.js.map