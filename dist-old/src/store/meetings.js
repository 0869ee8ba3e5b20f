"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MeetingRepository = exports.rsvpDocId = exports.meetingDocId = exports.rsvpDocSchema = exports.RSVP_ANSWERS = exports.meetingDocSchema = exports.meetingPersonSchema = void 0;
const zod_1 = require("zod");
const documents_1 = require("./documents");
const meetings_1 = require("../domain/meetings");
const icsIndex_1 = require("./icsIndex");
const outbox_1 = require("./outbox");
const MEETING_CHANGES = ['time', 'place'];
/**
 * Meetings and their answers (RSVPs), in container `cases`, partition = owner scope, each carrying `caseRef`
 * so deleting or closing the case takes them along. Every RSVP is its own document, so many people pressing
 * at once never write the same document.
 */
exports.meetingPersonSchema = zod_1.z.object({
    aadObjectId: zod_1.z.string().min(1).max(100),
    name: zod_1.z.string().max(200),
    /** Teams user id (29:…), for @mentions and card refresh. */
    teamsId: zod_1.z.string().max(300).optional(),
    role: zod_1.z.enum(['professional', 'leader', 'family']).default('professional'),
});
exports.meetingDocSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('meeting'),
    caseRef: zod_1.z.string(),
    meetingId: zod_1.z.string().regex(/^[a-f0-9]{16,64}$/),
    meetingType: zod_1.z.enum(meetings_1.MEETING_TYPES),
    date: zod_1.z.string(),
    start: zod_1.z.string(),
    end: zod_1.z.string(),
    startUtc: zod_1.z.string(),
    endUtc: zod_1.z.string(),
    place: zod_1.z.string().max(200).optional(),
    onlineLink: zod_1.z.string().max(500).optional(),
    agenda: zod_1.z.array(zod_1.z.string().max(200)).max(10),
    invitees: zod_1.z.array(zod_1.z.string()).max(40),
    childInvited: zod_1.z.boolean(),
    interpreterNeeded: zod_1.z.boolean(),
    interpreterLanguage: zod_1.z.string().max(60).optional(),
    sequence: zod_1.z.number().int().min(0),
    status: zod_1.z.enum(['scheduled', 'cancelled']),
    /** Names and Teams ids of invitees and the coordinator, from the roster when the meeting was saved. */
    people: zod_1.z.array(exports.meetingPersonSchema).max(41),
    coordinator: zod_1.z.object({ aadObjectId: zod_1.z.string(), name: zod_1.z.string().max(200), teamsId: zod_1.z.string().max(300).optional() }),
    /** Unguessable id of the calendar file URL (GET /ics/<token>). */
    icsToken: zod_1.z.string().regex(/^[A-Za-z0-9_-]{20,64}$/),
    conversationId: zod_1.z.string().max(500),
    /** The posted invitation message, so reminders and re-assignments can update it. */
    activityId: zod_1.z.string().max(300).optional(),
    /**
     * The meeting version from which answers count (see isCurrentAnswer): raised to the new sequence when the
     * time or place changes, so a "kommer" given for the old time is not taken as a "kommer" for the new one.
     */
    answersFrom: zod_1.z.number().int().min(0).optional(),
    /** The last change the invitees were told about: what changed and the time it had before. */
    lastChange: zod_1.z
        .object({
        sequence: zod_1.z.number().int().min(0),
        kinds: zod_1.z.array(zod_1.z.enum(MEETING_CHANGES)).max(2),
        previousStartUtc: zod_1.z.string(),
        previousEndUtc: zod_1.z.string(),
    })
        .optional(),
    createdAt: zod_1.z.string(),
    updatedAt: zod_1.z.string(),
    /** Steps of the command that saved the meeting still to do (case, referat, reminders, the post): src/store/outbox.ts. */
    ...outbox_1.outboxFields,
});
exports.RSVP_ANSWERS = ['yes', 'no', 'maybe'];
exports.rsvpDocSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('rsvp'),
    caseRef: zod_1.z.string(),
    meetingId: zod_1.z.string(),
    aadObjectId: zod_1.z.string(),
    answer: zod_1.z.enum(exports.RSVP_ANSWERS),
    at: zod_1.z.string(),
    /** The meeting version the answer was given to; absent on answers stored before versions were recorded. */
    sequence: zod_1.z.number().int().min(0).optional(),
});
const meetingDocId = (meetingId) => `meeting:${meetingId}`;
exports.meetingDocId = meetingDocId;
const rsvpDocId = (meetingId, aadObjectId) => `rsvp:${meetingId}:${aadObjectId}`;
exports.rsvpDocId = rsvpDocId;
class MeetingRepository {
    store;
    constructor(store) {
        this.store = store;
    }
    get container() {
        return this.store.container('cases');
    }
    get(owner, meetingId) {
        return (0, documents_1.readDoc)(this.container, exports.meetingDocSchema, (0, exports.meetingDocId)(meetingId), owner);
    }
    /** Creates the meeting once: a second call with the same id (a re-delivered submit) writes nothing. */
    async create(owner, doc, opId) {
        // The calendar link's index entry first: a meeting never exists without one (src/store/icsIndex.ts).
        await new icsIndex_1.IcsIndex(this.store).put(doc.icsToken, owner, doc.meetingId);
        const id = (0, exports.meetingDocId)(doc.meetingId);
        const outcome = await (0, documents_1.updateDoc)(this.container, exports.meetingDocSchema, id, owner, (current) => {
            if (current)
                return { kind: 'unchanged', result: false };
            return { kind: 'write', doc: { ...doc, id, pk: owner, type: 'meeting', ops: [] }, result: true };
        }, { opId });
        return { doc: outcome.doc, created: outcome.result && outcome.written };
    }
    update(owner, meetingId, mutate, opId) {
        return (0, documents_1.updateDoc)(this.container, exports.meetingDocSchema, (0, exports.meetingDocId)(meetingId), owner, mutate, { opId });
    }
    /** All meetings of this owner, newest first; optionally of one case. */
    list(owner, caseRef) {
        return (0, documents_1.queryPartition)(this.container, exports.meetingDocSchema, owner, caseRef ? 'c.type = @t AND c.caseRef = @ref' : 'c.type = @t', [{ name: '@t', value: 'meeting' }, ...(caseRef ? [{ name: '@ref', value: caseRef }] : [])], 'c.startUtc DESC');
    }
    /**
     * The meeting behind a calendar link, by a query across partitions. Only for meetings stored before the
     * link index existed, until the index is backfilled (src/store/icsIndex.ts); the route uses the index.
     */
    async findByIcsToken(token) {
        const { resources } = await this.container.items
            .query({ query: 'SELECT * FROM c WHERE c.type = @t AND c.icsToken = @token', parameters: [{ name: '@t', value: 'meeting' }, { name: '@token', value: token }] })
            .fetchAll();
        const raw = resources[0];
        return raw ? (0, documents_1.parseStored)(exports.meetingDocSchema, raw, raw.id ?? '?') : undefined;
    }
    /**
     * Records one person's answer; applied once per activity id, so a re-delivered press changes nothing. A press
     * that repeats the stored answer is recorded too (its id only): else a late re-delivery of it, after a newer
     * different answer, would not be known as a re-delivery and would put the older answer back. `changed` says
     * whether the answer itself changed. Each answer is stored with the meeting version it was given to; the
     * same answer to a newer version is written again (see isCurrentAnswer).
     */
    async setRsvp(owner, meeting, aadObjectId, answer, at, opId) {
        const outcome = await this.setRsvps(owner, meeting, aadObjectId, [{ answer, at, opId }]);
        const status = outcome.result.statuses[0];
        return { ...outcome, written: outcome.written && status !== 'duplicate', duplicate: status === 'duplicate', result: { previous: outcome.result.previous, changed: status === 'applied' } };
    }
    /**
     * Several presses of one person on one invitation, in the order they came, in one write (the bot groups
     * presses that arrive together, so a burst of them does not queue on this document's ETag). Each is
     * `duplicate` (its id was applied before), `same` (recorded, the answer was already that) or `applied`.
     */
    async setRsvps(owner, meeting, aadObjectId, presses) {
        const id = (0, exports.rsvpDocId)(meeting.meetingId, aadObjectId);
        return (0, documents_1.updateDoc)(this.container, exports.rsvpDocSchema, id, owner, (current) => {
            const ops = [...(current?.ops ?? [])];
            const statuses = [];
            let doc = current;
            let recorded = false;
            for (const p of presses) {
                if (p.opId && ops.includes(p.opId)) {
                    statuses.push('duplicate');
                    continue;
                }
                if (p.opId) {
                    ops.push(p.opId);
                    recorded = true;
                }
                if (doc?.answer === p.answer && (doc.sequence ?? 0) === meeting.sequence) {
                    statuses.push('same');
                    continue;
                }
                doc = { ...(doc ?? { ops: [] }), id, pk: owner, type: 'rsvp', caseRef: meeting.caseRef, meetingId: meeting.meetingId, aadObjectId, answer: p.answer, at: p.at, sequence: meeting.sequence };
                statuses.push('applied');
            }
            const result = { previous: current?.answer, statuses };
            if (!doc || (!recorded && !statuses.includes('applied')))
                return { kind: 'unchanged', result };
            return { kind: 'write', doc: { ...doc, ops: ops.slice(-documents_1.OPS_KEPT) }, result };
        });
    }
    rsvps(owner, meetingId) {
        return (0, documents_1.queryPartition)(this.container, exports.rsvpDocSchema, owner, 'c.type = @t AND c.meetingId = @m', [
            { name: '@t', value: 'rsvp' },
            { name: '@m', value: meetingId },
        ]);
    }
}
exports.MeetingRepository = MeetingRepository;
//# sourceMappingURL=meetings.js.map