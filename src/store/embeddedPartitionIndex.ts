/**
 * The embedded emulator (@vercel/cosmosdb-server) answers every query by scanning every document of the
 * container. Azure Cosmos DB answers a query whose WHERE fixes the partition key from that one logical
 * partition (and its index), so its cost does not grow with the other teams' documents. This gives the
 * emulator the same shape: a map from partition key value to its documents, kept up to date on every write,
 * and a query that provably stays inside one partition (`WHERE c.pk = @pk` joined by AND to the rest) is
 * evaluated over that partition only, by the emulator's own query engine, so the answer is the same.
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
 * ANDed with everything else at the top level (an OR outside parentheses could reach other partitions).
 */
export function scopedPartition(params: QueryParams): { value: unknown } | undefined {
  const m = SCOPED.exec(params.query ?? '');
  if (!m) return undefined;
  const rest = stripNested(m[1]!);
  if (rest === undefined || /\bOR\b/i.test(rest)) return undefined;
  if (!/^\s*(?:$|AND\b|ORDER\s+BY\b)/i.test(rest)) return undefined;
  const pk = params.parameters?.find((p) => p.name === '@pk');
  return pk ? { value: pk.value } : undefined;
}

/** The text with string literals and parenthesised groups removed; undefined when they do not balance. */
function stripNested(text: string): string | undefined {
  let out = '';
  let depth = 0;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (--depth < 0) return undefined;
    } else if (depth === 0) out += ch;
  }
  return depth === 0 && !quote ? out : undefined;
}

/**
 * The one cross-partition query the bot runs on every poll (the outbox sweep, src/store/outbox.ts): Azure
 * answers it from the index on /outbox/open; here the documents with the flag set are kept in a set.
 */
const OPEN_OUTBOXES = /^\s*SELECT\s+.+?\s+FROM\s+c\s+WHERE\s+c\.outbox\.open\s*=\s*true\s*$/is;

/** A Map of rid → item that also keeps rid sets per partition key value, and the documents with an open outbox. */
class PartitionedItems extends Map<string, ItemHandle> {
  readonly byPartition = new Map<string, Set<string>>();
  private readonly partitionOfRid = new Map<string, string>();
  private readonly openOutbox = new Set<string>();

  constructor(
    private readonly keyPath: string[],
    from: Map<string, ItemHandle>,
  ) {
    super();
    for (const [rid, item] of from) this.set(rid, item);
  }

  private keyOf(item: ItemHandle): string {
    let v: unknown = item.read();
    for (const k of this.keyPath) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    return JSON.stringify(v ?? null);
  }

  override set(rid: string, item: ItemHandle): this {
    // Map's constructor calls set before our fields exist; those calls come from an empty iterable only.
    if (this.byPartition) {
      this.forget(rid);
      const key = this.keyOf(item);
      this.partitionOfRid.set(rid, key);
      let rids = this.byPartition.get(key);
      if (!rids) this.byPartition.set(key, (rids = new Set()));
      rids.add(rid);
      const outbox = item.read()?.outbox;
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
    this.partitionOfRid.clear();
    super.clear();
  }

  private forget(rid: string): void {
    this.openOutbox.delete(rid);
    const key = this.partitionOfRid.get(rid);
    if (key === undefined) return;
    this.partitionOfRid.delete(rid);
    const rids = this.byPartition.get(key);
    rids?.delete(rid);
    if (rids?.size === 0) this.byPartition.delete(key);
  }

  withOpenOutbox(): ItemHandle[] {
    return [...this.openOutbox].map((rid) => super.get(rid)!);
  }

  partition(value: unknown): ItemHandle[] {
    const rids = this.byPartition.get(JSON.stringify(value ?? null));
    return rids ? [...rids].map((rid) => super.get(rid)!) : [];
  }
}

/**
 * Installs the partition index on the emulator's item collections. Returns false (and changes nothing) when
 * the emulator's internals are not what this expects, e.g. after an upgrade: queries then scan as before.
 */
export function installPartitionIndex(Items: { prototype: unknown }, onScoped: () => void = () => undefined): boolean {
  const proto = Items.prototype as ItemsInternals;
  if (typeof proto.query !== 'function' || typeof proto._getPartitionKeyPath !== 'function') return false;
  const scan = proto.query;
  proto.query = function (this: ItemsInternals, params: QueryParams, opts: unknown) {
    const scoped = scopedPartition(params);
    const outboxes = !scoped && OPEN_OUTBOXES.test(params.query ?? '');
    const keyPath = this._getPartitionKeyPath();
    if ((!scoped && !outboxes) || !(this._data instanceof Map) || keyPath.join('/') !== 'pk') return scan.call(this, params, opts);
    onScoped();
    const all = this._data instanceof PartitionedItems ? this._data : new PartitionedItems(keyPath, this._data);
    const items = scoped ? all.partition(scoped.value) : all.withOpenOutbox();
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
