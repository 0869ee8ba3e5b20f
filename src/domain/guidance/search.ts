import { z } from 'zod';
import type { GuidanceContent, LevelNumber, Tool } from '../../content/guidance/schema';
import { editDistance, fold, stem, words } from './text';

/**
 * Search in the verktøy catalogue of one profile. Norwegian-aware: case and æ/ø/å spellings are folded,
 * inflected forms are stemmed, compounds match on their parts, small typos are forgiven, and the catalogue's
 * own synonyms (keywords, nb and en) count almost as much as the name. Nonsense gives an empty list so the
 * bot can offer the level navigator instead.
 */

export interface ToolSearchOptions {
  /** Most results to return (default 5). */
  limit?: number;
  /** Only tools placed on one of these levels. */
  levels?: LevelNumber[];
}

export interface ToolSearchResult {
  tool: Tool;
  /** Higher is better; comparable only within one search. */
  score: number;
  /** The catalogue words the query matched, for explaining the hit. */
  matched: string[];
}

const optionsSchema = z
  .object({
    limit: z.number().int().min(1).max(50).optional(),
    levels: z.array(z.union([z.literal(0), z.literal(1), z.literal(2)])).optional(),
  })
  .strict();

/** Words that carry no meaning for finding a tool (already folded). Command words like "verktøy" are here too. */
const STOPWORDS = new Set(
  [
    'og', 'i', 'a', 'for', 'til', 'om', 'med', 'pa', 'en', 'et', 'ei', 'den', 'det', 'de', 'dem', 'som', 'av', 'jeg', 'vi',
    'du', 'dere', 'skal', 'kan', 'er', 'har', 'hva', 'hvordan', 'hvor', 'hvem', 'hvilken', 'hvilke', 'nar', 'meg', 'min',
    'mitt', 'mine', 'man', 'seg', 'sin', 'noe', 'noen', 'ikke', 'eller', 'ved', 'fra', 'etter', 'trenger', 'trengs', 'vil',
    'ma', 'finn', 'finne', 'sok', 'soke', 'vis', 'vise', 'gi', 'verktoy', 'verktoyet', 'verktoyene', 'bti', 'hjelp', 'hei',
    'takk', 'et', 'ett', 'mer', 'bare', 'sa', 'da', 'nå', 'na',
    'the', 'an', 'of', 'to', 'how', 'and', 'in', 'on', 'with', 'my', 'is', 'are', 'what', 'where', 'do', 'does', 'about',
    'need', 'show', 'find', 'search', 'tool', 'tools', 'please', 'get', 'me', 'we', 'you', 'our', 'can', 'which', 'who',
    'some', 'any', 'hello', 'hi', 'thanks', 'want', 'looking',
  ].map(fold),
);

const FIELD_WEIGHT = { name: 3, keyword: 2.5, description: 1 } as const;
type Field = keyof typeof FIELD_WEIGHT;

interface Term {
  raw: string;
  folded: string;
  stem: string;
  field: Field;
}

interface IndexedTool {
  tool: Tool;
  terms: Term[];
  /** Folded keyword phrases and names, padded with spaces for whole-word containment tests. */
  phrases: { text: string; words: number; field: 'name' | 'keyword' }[];
}

const indexCache = new WeakMap<GuidanceContent, IndexedTool[]>();

function termsOf(text: string, field: Field): Term[] {
  return words(text)
    .map((raw) => {
      const folded = fold(raw);
      return { raw, folded, stem: stem(folded), field };
    })
    .filter((t) => !STOPWORDS.has(t.folded));
}

function pad(text: string): string {
  return ` ${words(fold(text)).join(' ')} `;
}

function indexOf(content: GuidanceContent): IndexedTool[] {
  const cached = indexCache.get(content);
  if (cached) return cached;
  const index = content.tools.map((tool) => {
    const keywords = [...tool.keywords.nb, ...tool.keywords.en];
    const terms = [
      ...termsOf(`${tool.name.nb} ${tool.name.en}`, 'name'),
      ...keywords.flatMap((k) => termsOf(k, 'keyword')),
      ...termsOf(`${tool.description.nb} ${tool.description.en}`, 'description'),
    ];
    const phrases = [
      ...[tool.name.nb, tool.name.en].map((n) => ({ text: pad(n), words: words(n).length, field: 'name' as const })),
      ...keywords.map((k) => ({ text: pad(k), words: words(k).length, field: 'keyword' as const })),
    ];
    return { tool, terms, phrases };
  });
  indexCache.set(content, index);
  return index;
}

/** How well one query word matches one catalogue word, 0..1. */
function similarity(q: { raw: string; folded: string; stem: string }, t: Term): number {
  if (q.folded === t.folded) return 1;
  if (q.stem === t.stem) return 0.9;
  const allowed = q.folded.length >= 8 ? 2 : q.folded.length >= 5 ? 1 : 0;
  const measured = allowed === 0 ? Infinity : Math.min(editDistance(q.stem, t.stem, allowed), editDistance(q.folded, t.folded, allowed));
  const d = measured <= allowed ? measured : Infinity;
  // One slip in a long word is nearly as good as a hit: "bekymringskala" is "bekymringsskala".
  if (d === 1) return q.folded.length >= 7 ? 0.8 : 0.65;
  // Compounds: "samtykke" in "samtykkeskjema", "referat" at the end of "møtereferat".
  if (q.stem.length >= 4 && t.folded.startsWith(q.stem)) return 0.75;
  // A catalogue word at the head of a longer query word ("samtykke" in "samtykkeskjemaet") counts only when it
  // is the bigger part of it: "barn" is not what "barnekoordinator" is about, and matching it floods the list.
  if (t.stem.length >= 4 && q.folded.startsWith(t.stem) && t.stem.length * 2 >= q.folded.length) return 0.7;
  if (q.stem.length >= 5 && t.folded.includes(q.stem)) return 0.6;
  if (d === 2) return 0.5;
  // A typo in the first part of a compound: "samtyke" against "samtykkeskjema".
  if (allowed > 0 && t.folded.length > q.folded.length + 2) {
    const head = t.folded.slice(0, q.folded.length);
    if (editDistance(q.folded, head, allowed) <= allowed) return 0.5;
  }
  return 0;
}

const MIN_SCORE = 1.5;
const MIN_WORD_SIMILARITY = 0.5;

/**
 * The compose box sends a query as the person types, and the same few words come from many people: scoring
 * the whole catalogue is the search's cost, and the answer depends only on the query, the catalogue and the
 * options, so recent answers are kept per catalogue (bounded, oldest out first).
 */
const RESULT_CACHE_MAX = 500;
const resultCache = new WeakMap<GuidanceContent, Map<string, ToolSearchResult[]>>();

const copyOf = (results: ToolSearchResult[]) => results.map((r) => ({ ...r, matched: [...r.matched] }));

/**
 * Ranked matches for a free-text query. Both languages are searched whatever the user's locale, because
 * staff mix them. Returns [] when nothing matches well enough.
 */
export function searchTools(query: string, content: GuidanceContent, opts: ToolSearchOptions = {}): ToolSearchResult[] {
  const parsed = optionsSchema.parse(opts);
  const key = `${parsed.limit ?? ''}|${parsed.levels?.join(',') ?? ''}|${query}`;
  let cache = resultCache.get(content);
  if (!cache) resultCache.set(content, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return copyOf(hit);
  const results = rankTools(query, content, parsed);
  if (cache.size >= RESULT_CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(key, copyOf(results));
  return results;
}

function rankTools(query: string, content: GuidanceContent, opts: ToolSearchOptions): ToolSearchResult[] {
  const { limit = 5, levels } = opts;
  const queryWords = words(query)
    .map((raw) => {
      const folded = fold(raw);
      return { raw, folded, stem: stem(folded) };
    })
    .filter((w) => !STOPWORDS.has(w.folded) && (w.folded.length >= 2 || /\d/.test(w.folded)));
  if (queryWords.length === 0) return [];
  const paddedQuery = pad(query);

  const index = indexOf(content).filter((it) => !levels || it.tool.levels.some((l) => levels.includes(l)));

  // Per tool and query word: the best weighted match and the catalogue word it came from.
  const perTool = index.map((it) =>
    queryWords.map((q) => {
      let best = 0;
      let sim = 0;
      let term = '';
      for (const t of it.terms) {
        const s = similarity(q, t);
        if (s < MIN_WORD_SIMILARITY) continue;
        // An exact unfolded hit wins back what folding lost ("mål" is not "mal").
        const bonus = q.raw === t.raw ? 0.15 : 0;
        const v = FIELD_WEIGHT[t.field] * s + bonus;
        if (v > best) {
          best = v;
          sim = s;
          term = t.raw;
        }
      }
      return { best, sim, term };
    }),
  );

  // Words that match many tools ("plan", "barn") weigh less than rare ones ("samtykke").
  const n = Math.max(index.length, 1);
  const idf = queryWords.map((_, qi) => {
    const df = perTool.filter((matches) => matches[qi]!.sim >= 0.6).length;
    return Math.log(1 + n / Math.max(df, 1));
  });

  const results: ToolSearchResult[] = [];
  index.forEach((it, ti) => {
    const matches = perTool[ti]!;
    let score = 0;
    let covered = 0;
    matches.forEach((m, qi) => {
      if (m.best > 0) {
        score += m.best * idf[qi]!;
        covered += 1;
      }
    });
    let phraseBonus = 0;
    for (const p of it.phrases) {
      if (p.text.trim().length > 0 && paddedQuery.includes(p.text)) {
        phraseBonus = Math.max(phraseBonus, (p.field === 'name' ? 4 : 3) * Math.min(p.words, 3));
      }
    }
    if (covered === 0 && phraseBonus === 0) return;
    const coverage = covered / queryWords.length;
    const total = score * (0.4 + 0.6 * coverage) + phraseBonus;
    if (total < MIN_SCORE) return;
    results.push({ tool: it.tool, score: Math.round(total * 100) / 100, matched: [...new Set(matches.filter((m) => m.term).map((m) => m.term))] });
  });

  results.sort((a, b) => b.score - a.score || a.tool.name.nb.localeCompare(b.tool.name.nb, 'nb'));
  const top = results[0]?.score ?? 0;
  // Far weaker hits are noise next to a strong one.
  return results.filter((r) => r.score >= top * 0.25).slice(0, limit);
}
