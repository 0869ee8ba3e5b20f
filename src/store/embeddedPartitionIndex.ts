/**
 * The embedded emulator (@vercel/cosmosdb-server) answers every query by scanning every document of the
 * container. Azure Cosmos DB answers a query whose WHERE fixes the partition key from that one logical
 * partition (and its index), so its cost does not grow with the other teams' documents. This gives the
 * emulator the same shape: a map from partition key value to its documents, kept up to date on every write,
 * and a query that provably stays inside one partition (`WHERE c.pk = @pk` joined by AND to the rest) is
 * evaluated over that partition only, by the emulator's own query engine, so the answer is the same. Within a
 * partition, a condition every result must meet on an indexed field (`c.status = 'pending'`, EQUALITY_INDEXED_FIELDS)
 * narrows it further to the documents with that value, as Azure's range index does; the engine still
 * evaluates the whole query over them, so a document it is given too many never changes the answer.
 * Loaded only on the embedded server's thread (src/store/embeddedServer.ts); production never runs it.
 */

/** The parts of the emulator's item collection this touches (its internals; checked at install, see below). */
interface ItemHandle {
  read(): Record<string, unknown> | undefined;
}
interface ItemsInternals {
  _data: Map<string, ItemHandle>;
  _getPartitionKeyPath(): string[];
  query(params: QueryParams, opts: unknown): unknown;
}
interface QueryParams {
  query?: string;
  parameters?: { name: string; value: unknown }[];
}

const SCOPED = /^\s*SELECT\s+.+?\s+FROM\s+c\s+WHERE\s+c\.pk\s*=\s*@pk\b(.*)$/is;

/**
 * The value of @pk when the query's result can only come from that partition: the condition on c.pk must be
 * ANDed with everything else at the top level (an OR outside parentheses could reach other partitions, and so
 * could `??` or `? :`, which bind more loosely than AND).
 */
export function scopedPartition(params: QueryParams): { value: unknown } | undefined {
  const m = SCOPED.exec(params.query ?? '');
  if (!m) return undefined;
  const rest = stripNested(m[1]!);
  if (rest === undefined || /\bOR\b|\?/i.test(rest)) return undefined;
  if (!/^\s*(?:$|AND\b|ORDER\s+BY\b)/i.test(rest)) return undefined;
  const pk = params.parameters?.find((p) => p.name === '@pk');
  return pk ? { value: pk.value } : undefined;
}

/**
 * Calls `visit` for every character of `text` outside string literals, with the parenthesis depth before it;
 * a string literal's characters (quotes included, escapes skipped over) are not visited. False when the
 * literals or the parentheses do not balance.
 */
function walk(text: string, visit: (ch: string, i: number, depth: number) => void): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      continue;
    }
    if (ch === ')' && --depth < 0) return false;
    visit(ch, i, ch === ')' ? depth + 1 : depth);
    if (ch === '(') depth++;
  }
  return depth === 0 && !quote;
}

/** The text with string literals and parenthesised groups removed; undefined when they do not balance. */
function stripNested(text: string): string | undefined {
  let out = '';
  return walk(text, (ch, _i, depth) => {
    if (depth === 0 && ch !== '(' && ch !== ')') out += ch;
  })
    ? out
    : undefined;
}

/** `text` cut at each top-level (outside literals and parentheses) keyword `word`; undefined when it does not balance. */
function splitTopLevel(text: string, word: 'AND' | 'OR'): string[] | undefined {
  const cuts: number[] = [];
  const ok = walk(text, (_ch, i, depth) => {
    if (depth !== 0 || /[\w.@$]/.test(text[i - 1] ?? ' ')) return;
    if (text.slice(i, i + word.length).toUpperCase() === word && !/\w/.test(text[i + word.length] ?? ' ')) cuts.push(i);
  });
  if (!ok) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const at of cuts) {
    parts.push(text.slice(from, at));
    from = at + word.length;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim());
}

/** The inside of `text` when all of it is one parenthesised group, e.g. "(a OR b)" but not "(a) AND (b)". */
function unwrap(text: string): string | undefined {
  if (!text.startsWith('(') || !text.endsWith(')')) return undefined;
  let closesAt = -1;
  const ok = walk(text, (ch, i, depth) => {
    if (ch === ')' && depth === 1 && closesAt < 0) closesAt = i;
  });
  return ok && closesAt === text.length - 1 ? text.slice(1, -1).trim() : undefined;
}

/**
 * The conditions ANDed together at the top level of a WHERE (parenthesised conjunctions opened up), or
 * undefined when the text has an operator that binds more loosely than AND or reads AND otherwise (OR, `??`,
 * `? :`, BETWEEN … AND, NOT): then no single condition is known to hold for every result.
 */
function conjuncts(where: string): string[] | undefined {
  const top = stripNested(where);
  if (top === undefined || /\bOR\b|\?|\bBETWEEN\b|\bNOT\b/i.test(top)) return undefined;
  const out: string[] = [];
  for (const part of splitTopLevel(where, 'AND') ?? []) {
    const inner = unwrap(part);
    const opened = inner === undefined ? undefined : conjuncts(inner);
    if (opened) out.push(...opened);
    else out.push(part);
  }
  return out;
}

/**
 * Top-level fields with an equality index per partition in the embedded store. Azure Cosmos DB's default
 * policy (every path, range indexes: infra/main.bicep) serves `c.status = 'pending'` from its index, so a
 * query on one status costs what the documents with that status cost, not what the partition holds. The
 * reminder poll asks each due day's partition for its pending and claimed reminders, while the reminders
 * already sent stay there for 30 days (src/store/reminders.ts).
 */
export const EQUALITY_INDEXED_FIELDS: readonly string[] = ['status'];

type Scalar = string | number | boolean;
const LITERAL = String.raw`'[^'\\]*'|"[^"\\]*"|@\w+`;
const EQUALS = new RegExp(String.raw`^c\.(\w+)\s*=\s*(${LITERAL})$`);
const IN_LIST = new RegExp(String.raw`^c\.(\w+)\s+[Ii][Nn]\s*\(\s*((?:${LITERAL})(?:\s*,\s*(?:${LITERAL}))*)\s*\)$`);

function scalarOf(token: string, params: QueryParams): Scalar | undefined {
  if (token.startsWith('@')) {
    const p = params.parameters?.find((q) => q.name === token);
    return p && (typeof p.value === 'string' || typeof p.value === 'number' || typeof p.value === 'boolean') ? p.value : undefined;
  }
  // Literals with an escape are not matched by LITERAL, so the quotes' inside is the value itself.
  return token.slice(1, -1);
}

/** `c.field = v`, `c.field IN (v, …)` or equalities on one field joined by OR: the field and every value it may have. */
function equalityOn(condition: string, params: QueryParams): { field: string; values: Scalar[] } | undefined {
  const disjuncts = splitTopLevel(unwrap(condition) ?? condition, 'OR');
  if (!disjuncts) return undefined;
  let field: string | undefined;
  const values: Scalar[] = [];
  for (const d of disjuncts) {
    const one = unwrap(d) ?? d;
    const eq = EQUALS.exec(one);
    const list = eq ? undefined : IN_LIST.exec(one);
    const m = eq ?? list;
    if (!m || (field !== undefined && m[1] !== field)) return undefined;
    field = m[1]!;
    for (const token of eq ? [eq[2]!] : [...m[2]!.matchAll(new RegExp(LITERAL, 'g'))].map((t) => t[0])) {
      const v = scalarOf(token, params);
      if (v === undefined) return undefined;
      values.push(v);
    }
  }
  return field === undefined ? undefined : { field, values };
}

/**
 * For a query scoped to one partition: an indexed field that every result must have one of `values` in (a
 * top-level condition of the WHERE), so the documents with those values are all the query needs to look at.
 */
export function equalityFilter(params: QueryParams, indexed: readonly string[] = EQUALITY_INDEXED_FIELDS): { field: string; values: Scalar[] } | undefined {
  const m = SCOPED.exec(params.query ?? '');
  if (!m || !scopedPartition(params)) return undefined;
  // What follows the WHERE's conditions (ORDER BY, OFFSET … LIMIT) runs over whatever they let through.
  const tail = m[1]!;
  let end = tail.length;
  walk(tail, (_ch, i, depth) => {
    if (depth === 0 && i < end && /^\s(?:ORDER\s+BY|GROUP\s+BY|OFFSET)\b/i.test(tail.slice(i))) end = i;
  });
  const where = tail.slice(0, end);
  if (!/^\s*(?:$|AND\b)/i.test(where)) return undefined;
  const conds = conjuncts(where.replace(/^\s*AND\b/i, ''));
  for (const c of conds ?? []) {
    const eq = equalityOn(c, params);
    if (eq && indexed.includes(eq.field)) return eq;
  }
  return undefined;
}

/**
 * The one cross-partition query the bot runs on every poll (the outbox sweep, src/store/outbox.ts): Azure
 * answers it from the index on /outbox/open; here the documents with the flag set are kept in a set.
 */
const OPEN_OUTBOXES = /^\s*SELECT\s+.+?\s+FROM\s+c\s+WHERE\s+c\.outbox\.open\s*=\s*true\s*$/is;

/**
 * A Map of rid → item that also keeps rid sets per partition key value, per partition key value and value of
 * each field in EQUALITY_INDEXED_FIELDS, and of the documents with an open outbox. The emulator stores a new
 * item on every write (it never changes a stored document in place), so set and delete see every change.
 */
class PartitionedItems extends Map<string, ItemHandle> {
  readonly byPartition = new Map<string, Set<string>>();
  /** Key: partition key value, field and value, each as JSON, joined by NUL. */
  private readonly byFieldValue = new Map<string, Set<string>>();
  /** The keys of byPartition and byFieldValue a rid is in, so a delete or replace takes it out of exactly those. */
  private readonly keysOfRid = new Map<string, { partition: string; fields: string[] }>();
  private readonly openOutbox = new Set<string>();

  constructor(
    private readonly keyPath: string[],
    private readonly fields: readonly string[],
    from: Map<string, ItemHandle>,
  ) {
    super();
    for (const [rid, item] of from) this.set(rid, item);
  }

  private partitionKeyOf(doc: Record<string, unknown> | undefined): string {
    let v: unknown = doc;
    for (const k of this.keyPath) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    return JSON.stringify(v ?? null);
  }

  private static fieldKey(partition: string, field: string, value: unknown): string | undefined {
    // Only scalars: equalityFilter never asks for anything else, and a document with another value never equals one.
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
    return `${partition}\u0000${JSON.stringify(field)}\u0000${JSON.stringify(value)}`;
  }

  override set(rid: string, item: ItemHandle): this {
    // Map's constructor calls set before our fields exist; those calls come from an empty iterable only.
    if (this.byPartition) {
      this.forget(rid);
      const doc = item.read();
      const partition = this.partitionKeyOf(doc);
      const keys = { partition, fields: [] as string[] };
      this.keysOfRid.set(rid, keys);
      add(this.byPartition, partition, rid);
      for (const field of this.fields) {
        const key = PartitionedItems.fieldKey(partition, field, doc?.[field]);
        if (key === undefined) continue;
        keys.fields.push(key);
        add(this.byFieldValue, key, rid);
      }
      const outbox = doc?.outbox;
      if (outbox && typeof outbox === 'object' && (outbox as { open?: unknown }).open === true) this.openOutbox.add(rid);
    }
    return super.set(rid, item);
  }

  override delete(rid: string): boolean {
    this.forget(rid);
    return super.delete(rid);
  }

  override clear(): void {
    this.openOutbox.clear();
    this.byPartition.clear();
    this.byFieldValue.clear();
    this.keysOfRid.clear();
    super.clear();
  }

  private forget(rid: string): void {
    this.openOutbox.delete(rid);
    const keys = this.keysOfRid.get(rid);
    if (!keys) return;
    this.keysOfRid.delete(rid);
    remove(this.byPartition, keys.partition, rid);
    for (const key of keys.fields) remove(this.byFieldValue, key, rid);
  }

  withOpenOutbox(): ItemHandle[] {
    return [...this.openOutbox].map((rid) => super.get(rid)!);
  }

  partition(value: unknown): ItemHandle[] {
    const rids = this.byPartition.get(JSON.stringify(value ?? null));
    return rids ? [...rids].map((rid) => super.get(rid)!) : [];
  }

  /**
   * The documents of one partition whose `field` is one of `values`, each once. Their order does not matter: the
   * emulator's engine sorts what it returns by _rid (or by the ORDER BY, ties by _rid) whatever order it is given.
   */
  withFieldValues(partitionValue: unknown, field: string, values: readonly Scalar[]): ItemHandle[] {
    const partition = JSON.stringify(partitionValue ?? null);
    const rids = new Set<string>();
    for (const v of values) for (const rid of this.byFieldValue.get(PartitionedItems.fieldKey(partition, field, v)!) ?? []) rids.add(rid);
    return [...rids].map((rid) => super.get(rid)!);
  }
}

function add(index: Map<string, Set<string>>, key: string, rid: string): void {
  let rids = index.get(key);
  if (!rids) index.set(key, (rids = new Set()));
  rids.add(rid);
}

function remove(index: Map<string, Set<string>>, key: string, rid: string): void {
  const rids = index.get(key);
  rids?.delete(rid);
  if (rids?.size === 0) index.delete(key);
}

/**
 * Installs the partition index on the emulator's item collections. Returns false (and changes nothing) when
 * the emulator's internals are not what this expects, e.g. after an upgrade: queries then scan as before.
 */
export function installPartitionIndex(Items: { prototype: unknown }, onQuery: (q: { scoped: boolean; scanned: number }) => void = () => undefined): boolean {
  const proto = Items.prototype as ItemsInternals;
  if (typeof proto.query !== 'function' || typeof proto._getPartitionKeyPath !== 'function') return false;
  const scan = proto.query;
  proto.query = function (this: ItemsInternals, params: QueryParams, opts: unknown) {
    const scoped = scopedPartition(params);
    const outboxes = !scoped && OPEN_OUTBOXES.test(params.query ?? '');
    const keyPath = this._getPartitionKeyPath();
    if ((!scoped && !outboxes) || !(this._data instanceof Map) || keyPath.join('/') !== 'pk') {
      onQuery({ scoped: false, scanned: this._data instanceof Map ? this._data.size : 0 });
      return scan.call(this, params, opts);
    }
    const all = this._data instanceof PartitionedItems ? this._data : new PartitionedItems(keyPath, EQUALITY_INDEXED_FIELDS, this._data);
    const equality = scoped && equalityFilter(params);
    const items = !scoped ? all.withOpenOutbox() : equality ? all.withFieldValues(scoped.value, equality.field, equality.values) : all.partition(scoped.value);
    onQuery({ scoped: true, scanned: items.length });
    // The emulator's query reads `this._data.values()`; for this one synchronous call it sees the partition only.
    this._data = { values: () => items.values() } as unknown as Map<string, ItemHandle>;
    try {
      return scan.call(this, params, opts);
    } finally {
      this._data = all;
    }
  };
  return true;
}
