import { CardFactory } from 'botbuilder';
import { z } from 'zod';
import { localeFrom } from '../../i18n';
import { memberSchema, type CaseDoc } from '../../store/cases';
import type { Mutation } from '../../store/documents';
import { meetingDocSchema, type MeetingDoc } from '../../store/meetings';
import type { NewOutboxStep } from '../../store/outbox';
import { OutboxKind, StepNeedsTurn } from '../outbox';
import { rotationMutation, settleWriter, withMembers } from '../referat/rotation';
import { invitationCard } from './cards';
import { loadView, MeetingsCtx } from './common';
import { rescheduleReminders } from './reminders';

/**
 * The steps of saving a new meeting, in the order they run: the case (made, or the invitees added to it), the
 * referat writer, the reminders, and last the invitation posted to the conversation. They are written with the
 * meeting itself (its first write), so a retry or another instance finishes what a failed turn left.
 */
export const MEETING_STEPS = {
  caseCreate: 'case.create',
  caseMembers: 'case.members',
  referat: 'referat.settle',
  reminders: 'reminders.schedule',
  post: 'invitation.post',
} as const;

const membersData = z.object({ members: z.array(memberSchema).max(200) });
const postData = z.object({ locale: z.enum(['nb', 'en']) });

export function newMeetingSteps(opts: { createCase?: CaseDoc['members']; addMembers?: CaseDoc['members']; locale: 'nb' | 'en'; opId: string }): NewOutboxStep[] {
  const steps: NewOutboxStep[] = [];
  if (opts.createCase) steps.push({ key: 'case', step: MEETING_STEPS.caseCreate, opId: opts.opId, data: { members: opts.createCase } });
  else if (opts.addMembers?.length) steps.push({ key: 'case', step: MEETING_STEPS.caseMembers, opId: opts.opId, data: { members: opts.addMembers } });
  steps.push(
    { key: 'referat', step: MEETING_STEPS.referat, opId: opts.opId },
    { key: 'reminders', step: MEETING_STEPS.reminders, opId: opts.opId },
    { key: 'post', step: MEETING_STEPS.post, opId: opts.opId, data: { locale: opts.locale } },
  );
  return steps;
}

export function meetingOutbox(ctx: MeetingsCtx): OutboxKind<MeetingDoc> {
  const { deps } = ctx;
  return {
    type: 'meeting',
    schema: meetingDocSchema,
    conversationId: (doc) => doc.conversationId,
    handlers: {
      [MEETING_STEPS.caseCreate]: async (doc, step) => {
        const { members } = membersData.parse(step.data);
        // Same ref, so a second run finds the case it made and changes nothing.
        await ctx.cases.create(doc.pk, { ref: doc.caseRef, profileId: deps.config.profile, createdAt: doc.createdAt, createdBy: doc.coordinator.aadObjectId, members }, step.opId);
      },
      [MEETING_STEPS.caseMembers]: async (doc, step) => {
        const { members } = membersData.parse(step.data);
        await ctx.cases.update(
          doc.pk,
          doc.caseRef,
          (cur): Mutation<CaseDoc, void> => {
            if (!cur) return { kind: 'unchanged', result: undefined };
            const add = members.filter((m) => !cur.members.some((c) => c.aadObjectId === m.aadObjectId));
            return add.length && cur.members.length + add.length <= 200 ? { kind: 'write', doc: { ...cur, members: [...cur.members, ...add] }, result: undefined } : { kind: 'unchanged', result: undefined };
          },
          step.opId,
        );
      },
      [MEETING_STEPS.referat]: async (doc, step, env) => {
        const cd = await ctx.cases.get(doc.pk, doc.caseRef);
        if (!cd) throw new Error('case of the meeting not found');
        await ctx.referat.update(
          doc.pk,
          cd.ref,
          (r) => rotationMutation(r, (s) => ({ ok: true, state: settleWriter(withMembers(s, cd), doc, cd, [], env.now.toISOString()), changed: true })),
          step.opId,
        );
      },
      [MEETING_STEPS.reminders]: async (doc) => {
        await rescheduleReminders(ctx, doc.pk, doc, undefined);
      },
      [MEETING_STEPS.post]: async (doc, step, env) => {
        // Posted before, and the id stored: nothing to send again.
        if (doc.activityId || doc.status === 'cancelled') return;
        if (!env.port) throw new StepNeedsTurn(step.step);
        const locale = localeFrom(postData.safeParse(step.data).data?.locale, deps.config.defaultLocale);
        const view = await loadView(ctx, doc.pk, doc);
        const posted = await env.port.send({ card: invitationCard(locale, view, { publicUrl: deps.config.publicUrl, now: deps.now() }) });
        // Stored in the same write that removes the step, right after the post.
        return posted ? (cur) => (cur.activityId ? cur : { ...cur, activityId: posted }) : undefined;
      },
    },
  };
}
