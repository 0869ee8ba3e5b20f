"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConcurrencyExhausted = exports.StoredDocumentInvalid = exports.baseDocSchema = exports.OPS_KEPT = void 0;
exports.statusOf = statusOf;
exports.readDoc = readDoc;
exports.parseStored = parseStored;
exports.updateDoc = updateDoc;
exports.queryPartition = queryPartition;
exports.deleteDoc = deleteDoc;
const zod_1 = require("zod");
/**
 * Read-modify-write on one document with optimistic concurrency: every write carries the ETag it read
 * (IfMatch), a 412 means somebody else wrote first, so we read again and re-apply the change.
 * Creation of a missing document races the same way through 409.
 */
exports.OPS_KEPT = 200;
/** Fields every stored document has. `ops` remembers recently applied operation ids (Teams re-delivers). */
exports.baseDocSchema = zod_1.z.object({
    id: zod_1.z.string(),
    pk: zod_1.z.string(),
    type: zod_1.z.string(),
    ops: zod_1.z.array(zod_1.z.string()).default([]),
    ttl: zod_1.z.number().int().optional(),
    _etag: zod_1.z.string().optional(),
});
class StoredDocumentInvalid extends Error {
    id;
    issues;
    constructor(id, issues) {
        super(`stored document ${id} does not match its schema: ${issues.join('; ')}`);
        this.id = id;
        this.issues = issues;
        this.name = 'StoredDocumentInvalid';
    }
}
exports.StoredDocumentInvalid = StoredDocumentInvalid;
class ConcurrencyExhausted extends Error {
    id;
    attempts;
    constructor(id, attempts) {
        super(`gave up updating ${id} after ${attempts} concurrent attempts`);
        this.id = id;
        this.attempts = attempts;
        this.name = 'ConcurrencyExhausted';
    }
}
exports.ConcurrencyExhausted = ConcurrencyExhausted;
function statusOf(err) {
    const code = err?.code;
    return typeof code === 'number' ? code : undefined;
}
async function readDoc(container, schema, id, pk) {
    try {
        const { resource } = await container.item(id, pk).read();
        if (!resource)
            return undefined;
        return parseStored(schema, resource, id);
    }
    catch (err) {
        if (statusOf(err) === 404)
            return undefined;
        throw err;
    }
}
function parseStored(schema, raw, id) {
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
async function updateDoc(container, schema, id, pk, mutate, opts = {}) {
    const maxAttempts = opts.maxAttempts ?? 100;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const current = (attempt === 1 && opts.known ? opts.known.doc : await readDoc(container, schema, id, pk));
        if (opts.opId && current?.ops?.includes(opts.opId)) {
            const m = mutate(current);
            return { result: m.result, doc: current, written: false, duplicate: true, attempts: attempt };
        }
        const m = mutate(current);
        if (m.kind === 'unchanged')
            return { result: m.result, doc: current, written: false, duplicate: false, attempts: attempt };
        const next = { ...m.doc, id, pk };
        if (opts.opId)
            next.ops = [...(next.ops ?? []), opts.opId].slice(-exports.OPS_KEPT);
        delete next._etag;
        // Validate before writing: a bug must never damage what is stored.
        parseStored(schema, next, id);
        try {
            const response = current?._etag
                ? await container.item(id, pk).replace(next, { accessCondition: { type: 'IfMatch', condition: current._etag } })
                : await container.items.create(next);
            const saved = parseStored(schema, response.resource, id);
            return { result: m.result, doc: saved, written: true, duplicate: false, attempts: attempt };
        }
        catch (err) {
            const status = statusOf(err);
            if (status === 412 || status === 409) {
                // Lost the race; back off a little (with jitter) so a crowd of writers spreads out.
                // Full jitter, growing to 250 ms: a crowd on one document spreads out instead of colliding again.
                await sleep(Math.random() * Math.min(250, 4 * 2 ** Math.min(attempt, 8)));
                continue;
            }
            throw err;
        }
    }
    throw new ConcurrencyExhausted(id, maxAttempts);
}
/** Queries one logical partition: the partition key is always in the WHERE clause (the local server ignores the option). */
async function queryPartition(container, schema, pk, where, parameters = [], orderBy = '') {
    const query = `SELECT * FROM c WHERE c.pk = @pk${where ? ` AND (${where})` : ''}${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
    const { resources } = await container.items
        .query({ query, parameters: [{ name: '@pk', value: pk }, ...parameters] }, { partitionKey: pk })
        .fetchAll();
    return resources.map((r) => parseStored(schema, r, r.id ?? '?'));
}
async function deleteDoc(container, id, pk) {
    try {
        await container.item(id, pk).delete();
        return true;
    }
    catch (err) {
        if (statusOf(err) === 404)
            return false;
        throw err;
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
//# sourceMappingURL=documents.js.map