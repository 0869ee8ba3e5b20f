import { Container, ErrorResponse } from '@azure/cosmos';
import { z } from 'zod';

/**
 * Read-modify-write on one document with optimistic concurrency: every write carries the ETag it read
 * (IfMatch), a 412 means somebody else wrote first, so we read again and re-apply the change.
 * Creation of a missing document races the same way through 409.
 */

export const OPS_KEPT = 200;

/** Fields every stored document has. `ops` remembers recently applied operation ids (Teams re-delivers). */
export const baseDocSchema = z.object({
  id: z.string(),
  pk: z.string(),
  type: z.string(),
  ops: z.array(z.string()).default([]),
  ttl: z.number().int().optional(),
  _etag: z.string().optional(),
});
export type BaseDoc = z.infer<typeof baseDocSchema>;

export class StoredDocumentInvalid extends Error {
  constructor(
    readonly id: string,
    readonly issues: string[],
  ) {
    super(`stored document ${id} does not match its schema: ${issues.join('; ')}`);
    this.name = 'StoredDocumentInvalid';
  }
}

export class ConcurrencyExhausted extends Error {
  constructor(readonly id: string, readonly attempts: number) {
    super(`gave up updating ${id} after ${attempts} concurrent attempts`);
    this.name = 'ConcurrencyExhausted';
  }
}

export function statusOf(err: unknown): number | undefined {
  const code = (err as ErrorResponse | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** What a mutation decides. `unchanged` writes nothing (a no-op, a refusal or a duplicate). */
export type Mutation<T, R> = { kind: 'write'; doc: T; result: R } | { kind: 'unchanged'; result: R };

export interface UpdateOutcome<T, R> {
  result: R;
  doc: T | undefined;
  written: boolean;
  duplicate: boolean;
  attempts: number;
}

export interface UpdateOptions {
  /** Applied at most once per document: when the id is in `ops`, nothing changes. */
  opId?: string;
  maxAttempts?: number;
  /**
   * The document as the caller just read it (with its `_etag`), or `{ doc: undefined }` when it was just seen
   * to be missing: the first attempt starts from it instead of reading again. A stale copy costs nothing
   * but a 412/409 and a fresh read.
   */
  known?: { doc: unknown };
}

export async function readDoc<S extends z.ZodTypeAny>(container: Container, schema: S, id: string, pk: string): Promise<z.infer<S> | undefined> {
  try {
    const { resource } = await container.item(id, pk).read();
    if (!resource) return undefined;
    return parseStored(schema, resource, id);
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

export function parseStored<S extends z.ZodTypeAny>(schema: S, raw: unknown, id: string): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new StoredDocumentInvalid(id, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}

/**
 * Applies `mutate` to the current version of a document and writes it with IfMatch, retrying on 412/409.
 * `mutate` must be pure: it may run several times.
 */
export async function updateDoc<S extends z.ZodTypeAny, R>(
  container: Container,
  schema: S,
  id: string,
  pk: string,
  mutate: (current: z.infer<S> | undefined) => Mutation<z.infer<S>, R>,
  opts: UpdateOptions = {},
): Promise<UpdateOutcome<z.infer<S>, R>> {
  const maxAttempts = opts.maxAttempts ?? 100;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const current = (attempt === 1 && opts.known ? opts.known.doc : await readDoc(container, schema, id, pk)) as (BaseDoc & z.infer<S>) | undefined;
    if (opts.opId && current?.ops?.includes(opts.opId)) {
      const m = mutate(current);
      return { result: m.result, doc: current, written: false, duplicate: true, attempts: attempt };
    }
    const m = mutate(current);
    if (m.kind === 'unchanged') return { result: m.result, doc: current, written: false, duplicate: false, attempts: attempt };
    const next = { ...(m.doc as BaseDoc), id, pk } as BaseDoc;
    if (opts.opId) next.ops = [...(next.ops ?? []), opts.opId].slice(-OPS_KEPT);
    delete next._etag;
    // Validate before writing: a bug must never damage what is stored.
    parseStored(schema, next, id);
    try {
      const response = current?._etag
        ? await container.item(id, pk).replace(next, { accessCondition: { type: 'IfMatch', condition: current._etag } })
        : await container.items.create(next);
      const saved = parseStored(schema, response.resource, id);
      return { result: m.result, doc: saved, written: true, duplicate: false, attempts: attempt };
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 409) {
        await backOff(attempt);
        continue;
      }
      throw err;
    }
  }
  throw new ConcurrencyExhausted(id, maxAttempts);
}

/**
 * Lost an ETag race: wait a little before the next attempt. Full jitter, growing to 250 ms: a crowd of writers
 * on one document spreads out instead of colliding again.
 */
export const backOff = (attempt: number): Promise<void> => sleep(Math.random() * Math.min(250, 4 * 2 ** Math.min(attempt, 8)));

/**
 * Replaces a document only if it still has the ETag it was read with: the saved document, or undefined when
 * somebody else wrote it first (412) or it is gone (404). For a caller whose retry must read more than this
 * one document again (updateDoc re-reads only the document).
 */
export async function replaceIfMatch<S extends z.ZodTypeAny>(container: Container, schema: S, doc: z.infer<S> & BaseDoc, etag: string): Promise<z.infer<S> | undefined> {
  const next = { ...doc } as BaseDoc;
  delete next._etag;
  parseStored(schema, next, next.id);
  try {
    const response = await container.item(next.id, next.pk).replace(next, { accessCondition: { type: 'IfMatch', condition: etag } });
    return parseStored(schema, response.resource, next.id);
  } catch (err) {
    const status = statusOf(err);
    if (status === 412 || status === 404) return undefined;
    throw err;
  }
}

/** Queries one logical partition: the partition key is always in the WHERE clause (the local server ignores the option). */
export async function queryPartition<S extends z.ZodTypeAny>(
  container: Container,
  schema: S,
  pk: string,
  where: string,
  parameters: { name: string; value: string | number | boolean }[] = [],
  orderBy = '',
): Promise<z.infer<S>[]> {
  const query = `SELECT * FROM c WHERE c.pk = @pk${where ? ` AND (${where})` : ''}${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
  const { resources } = await container.items
    .query({ query, parameters: [{ name: '@pk', value: pk }, ...parameters] }, { partitionKey: pk })
    .fetchAll();
  return resources.map((r: { id?: string }) => parseStored(schema, r, r.id ?? '?'));
}

export async function deleteDoc(container: Container, id: string, pk: string): Promise<boolean> {
  try {
    await container.item(id, pk).delete();
    return true;
  } catch (err) {
    if (statusOf(err) === 404) return false;
    throw err;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
