import { z } from 'zod';
import { CosmosStore } from './cosmos';
import { baseDocSchema, readDoc, updateDoc, queryPartition, Mutation, parseStored, OPS_KEPT } from './documents';
import { MEETING_TYPES, RSVP_ANSWERS, type RsvpAnswer } from '../domain/meetings';
import { IcsIndex } from './icsIndex';
import { outboxFields } from './outbox';

const MEETING_CHANGES = ['time', 'place'] as const;

/**
 * Meetings and their answers (RSVPs), in container `cases`, partition = owner scope, each carrying `caseRef`
 * so deleting or closing the case takes them along. Every RSVP is its own document, so many people pressing
 * at once never write the same document.
 */

export const meetingPersonSchema = z.object({
  aadObjectId: z.string().min(1).max(100),
  name: z.string().max(200),
  /** Teams user id (29:…), for @mentions and card refresh. */
  teamsId: z.string().max(300).optional(),
  role: z.enum(['professional', 'leader', 'family']).default('professional'),
});
export type MeetingPerson = z.infer<typeof meetingPersonSchema>;

export const meetingDocSchema = baseDocSchema.extend({
  type: z.literal('meeting'),
  caseRef: z.string(),
  meetingId: z.string().regex(/^[a-f0-9]{16,64}$/),
  meetingType: z.enum(MEETING_TYPES),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  startUtc: z.string(),
  endUtc: z.string(),
  place: z.string().max(200).optional(),
  onlineLink: z.string().max(500).optional(),
  agenda: z.array(z.string().max(200)).max(10),
  invitees: z.array(z.string()).max(40),
  childInvited: z.boolean(),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: z.string().max(60).optional(),
  sequence: z.number().int().min(0),
  status: z.enum(['scheduled', 'cancelled']),
  /** Names and Teams ids of invitees and the coordinator, from the roster when the meeting was saved. */
  people: z.array(meetingPersonSchema).max(41),
  coordinator: z.object({ aadObjectId: z.string(), name: z.string().max(200), teamsId: z.string().max(300).optional() }),
  /** Unguessable id of the calendar file URL (GET /ics/<token>). */
  icsToken: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/),
  conversationId: z.string().max(500),
  /** The posted invitation message, so reminders and re-assignments can update it. */
  activityId: z.string().max(300).optional(),
  /**
   * The meeting version from which answers count (see isCurrentAnswer): raised to the new sequence when the
   * time or place changes, so a "kommer" given for the old time is not taken as a "kommer" for the new one.
   */
  answersFrom: z.number().int().min(0).optional(),
  /** The last change the invitees were told about: what changed and the time it had before. */
  lastChange: z
    .object({
      sequence: z.number().int().min(0),
      kinds: z.array(z.enum(MEETING_CHANGES)).max(2),
      previousStartUtc: z.string(),
      previousEndUtc: z.string(),
    })
    .optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Steps of the command that saved the meeting still to do (case, referat, reminders, the post): src/store/outbox.ts. */
  ...outboxFields,
});
export type MeetingDoc = z.infer<typeof meetingDocSchema>;

/** The answers are the domain's (src/domain/meetings/commands.ts); re-exported for the store's callers. */
export { RSVP_ANSWERS, type RsvpAnswer };
export interface RsvpPress {
  answer: RsvpAnswer;
  at: string;
  opId?: string;
}
export type RsvpPressStatus = 'applied' | 'same' | 'duplicate';

export const rsvpDocSchema = baseDocSchema.extend({
  type: z.literal('rsvp'),
  caseRef: z.string(),
  meetingId: z.string(),
  aadObjectId: z.string(),
  answer: z.enum(RSVP_ANSWERS),
  at: z.string(),
  /** The meeting version the answer was given to; absent on answers stored before versions were recorded. */
  sequence: z.number().int().min(0).optional(),
});
export type RsvpDoc = z.infer<typeof rsvpDocSchema>;

export const meetingDocId = (meetingId: string) => `meeting:${meetingId}`;
export const rsvpDocId = (meetingId: string, aadObjectId: string) => `rsvp:${meetingId}:${aadObjectId}`;

export class MeetingRepository {
  constructor(private readonly store: CosmosStore) {}

  private get container() {
    return this.store.container('cases');
  }

  get(owner: string, meetingId: string): Promise<MeetingDoc | undefined> {
    return readDoc(this.container, meetingDocSchema, meetingDocId(meetingId), owner);
  }

  /** Creates the meeting once: a second call with the same id (a re-delivered submit) writes nothing. */
  async create(owner: string, doc: Omit<MeetingDoc, 'id' | 'pk' | 'type' | 'ops'>, opId?: string): Promise<{ doc: MeetingDoc; created: boolean }> {
    // The calendar link's index entry first: a meeting never exists without one (src/store/icsIndex.ts).
    await new IcsIndex(this.store).put(doc.icsToken, owner, doc.meetingId);
    const id = meetingDocId(doc.meetingId);
    const outcome = await updateDoc(
      this.container,
      meetingDocSchema,
      id,
      owner,
      (current): Mutation<MeetingDoc, boolean> => {
        if (current) return { kind: 'unchanged', result: false };
        return { kind: 'write', doc: { ...doc, id, pk: owner, type: 'meeting', ops: [] }, result: true };
      },
      { opId },
    );
    return { doc: outcome.doc as MeetingDoc, created: outcome.result && outcome.written };
  }

  update<R>(owner: string, meetingId: string, mutate: (current: MeetingDoc | undefined) => Mutation<MeetingDoc, R>, opId?: string) {
    return updateDoc(this.container, meetingDocSchema, meetingDocId(meetingId), owner, mutate, { opId });
  }

  /** All meetings of this owner, newest first; optionally of one case. */
  list(owner: string, caseRef?: string): Promise<MeetingDoc[]> {
    return queryPartition(
      this.container,
      meetingDocSchema,
      owner,
      caseRef ? 'c.type = @t AND c.caseRef = @ref' : 'c.type = @t',
      [{ name: '@t', value: 'meeting' }, ...(caseRef ? [{ name: '@ref', value: caseRef }] : [])],
      'c.startUtc DESC',
    );
  }

  /**
   * The meeting behind a calendar link, by a query across partitions. Only for meetings stored before the
   * link index existed, until the index is backfilled (src/store/icsIndex.ts); the route uses the index.
   */
  async findByIcsToken(token: string): Promise<MeetingDoc | undefined> {
    const { resources } = await this.container.items
      .query({ query: 'SELECT * FROM c WHERE c.type = @t AND c.icsToken = @token', parameters: [{ name: '@t', value: 'meeting' }, { name: '@token', value: token }] })
      .fetchAll();
    const raw = resources[0] as { id?: string } | undefined;
    return raw ? parseStored(meetingDocSchema, raw, raw.id ?? '?') : undefined;
  }

  /**
   * Records one person's answer; applied once per activity id, so a re-delivered press changes nothing. A press
   * that repeats the stored answer is recorded too (its id only): else a late re-delivery of it, after a newer
   * different answer, would not be known as a re-delivery and would put the older answer back. `changed` says
   * whether the answer itself changed. Each answer is stored with the meeting version it was given to; the
   * same answer to a newer version is written again (see isCurrentAnswer).
   */
  async setRsvp(owner: string, meeting: Pick<MeetingDoc, 'meetingId' | 'caseRef' | 'sequence'>, aadObjectId: string, answer: RsvpAnswer, at: string, opId?: string) {
    const outcome = await this.setRsvps(owner, meeting, aadObjectId, [{ answer, at, opId }]);
    const status = outcome.result.statuses[0];
    return { ...outcome, written: outcome.written && status !== 'duplicate', duplicate: status === 'duplicate', result: { previous: outcome.result.previous, changed: status === 'applied' } };
  }

  /**
   * Several presses of one person on one invitation, in the order they came, in one write (the bot groups
   * presses that arrive together, so a burst of them does not queue on this document's ETag). Each is
   * `duplicate` (its id was applied before), `same` (recorded, the answer was already that) or `applied`.
   */
  async setRsvps(owner: string, meeting: Pick<MeetingDoc, 'meetingId' | 'caseRef' | 'sequence'>, aadObjectId: string, presses: RsvpPress[]) {
    const id = rsvpDocId(meeting.meetingId, aadObjectId);
    return updateDoc(this.container, rsvpDocSchema, id, owner, (current): Mutation<RsvpDoc, { previous: RsvpAnswer | undefined; statuses: RsvpPressStatus[] }> => {
      const ops = [...(current?.ops ?? [])];
      const statuses: RsvpPressStatus[] = [];
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
      if (!doc || (!recorded && !statuses.includes('applied'))) return { kind: 'unchanged', result };
      return { kind: 'write', doc: { ...doc, ops: ops.slice(-OPS_KEPT) }, result };
    });
  }

  rsvps(owner: string, meetingId: string): Promise<RsvpDoc[]> {
    return queryPartition(this.container, rsvpDocSchema, owner, 'c.type = @t AND c.meetingId = @m', [
      { name: '@t', value: 'rsvp' },
      { name: '@m', value: meetingId },
    ]);
  }
}
