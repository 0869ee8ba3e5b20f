import { CardFactory, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Locale, localeFrom, t } from '../../i18n';
import { avklaringDocId, avklaringDocSchema, type AvklaringDoc } from '../../store/avklaring';
import { coordinatorSchema, memberSchema, type CaseDoc, type Coordinator } from '../../store/cases';
import type { Mutation } from '../../store/documents';
import { stepsOf, type Lease, type NewOutboxStep } from '../../store/outbox';
import { scheduleCoordinatorNudge } from '../../store/reminders';
import { turnLogger } from '../app';
import { respondWithMessage, updateSharedCard } from '../cardResponses';
import { newLease, OutboxKind, OutboxResult, runOutbox, StepNeedsTurn } from '../outbox';
import { AvklaringCtx } from './common';
import { recordCoordinator } from './decision';
import { currentCard } from './meetingCard';
import { handoverAt, mentionOf, scheduleHandover } from './rotation';
import { conversationPort } from '../../runtime/teamsAi/turn';

/**
 * The steps that follow an avklaring command's first write: starting the meeting (participants into the case,
 * the shared card posted) and ending it (the coordinator on the case, its twice-a-year check, the next rotation
 * handover, the case escalated and the leader told). Recorded in the same write as the start or the ending.
 */
export const AVKLARING_STEPS = {
  caseMembers: 'case.members',
  post: 'card.post',
  coordinator: 'case.coordinator',
  nudge: 'case.nudge',
  handover: 'handover.schedule',
  escalate: 'case.escalate',
  escalationMessage: 'message.escalation',
} as const;

const personSchema = z.object({ aadObjectId: z.string().min(1).max(100), name: z.string().max(200), teamsId: z.string().max(300).optional() });
const localeData = z.object({ locale: z.enum(['nb', 'en']).optional() });

export const steps = {
  caseMembers: (members: z.input<typeof memberSchema>[], opId: string): NewOutboxStep => ({ key: 'case-members', step: AVKLARING_STEPS.caseMembers, opId, data: { members } }),
  post: (locale: Locale, opId: string): NewOutboxStep => ({ key: 'post', step: AVKLARING_STEPS.post, opId, data: { locale } }),
  /** `caseOp`: the operation id on the case, the same for every run of this step. */
  coordinator: (coordinator: Coordinator, caseOp: string): NewOutboxStep => ({ key: `coordinator:${caseOp}`, step: AVKLARING_STEPS.coordinator, data: { coordinator, caseOp } }),
  nudge: (): NewOutboxStep => ({ key: 'nudge', step: AVKLARING_STEPS.nudge }),
  handover: (index: number): NewOutboxStep => ({ key: `handover:${index}`, step: AVKLARING_STEPS.handover, data: { index } }),
  escalate: (leader: z.input<typeof personSchema>): NewOutboxStep => ({ key: 'escalate', step: AVKLARING_STEPS.escalate, data: { leader } }),
  escalationMessage: (leader: z.input<typeof personSchema>, locale: Locale): NewOutboxStep => ({ key: 'escalation-message', step: AVKLARING_STEPS.escalationMessage, data: { leader, locale } }),
};

const localeOf = (ctx: AvklaringCtx, data: unknown) => localeFrom(localeData.safeParse(data).data?.locale, ctx.deps.config.defaultLocale);

export function avklaringOutbox(ctx: AvklaringCtx): OutboxKind<AvklaringDoc> {
  return {
    type: 'avklaring',
    schema: avklaringDocSchema,
    conversationId: (doc) => doc.conversationId,
    handlers: {
      [AVKLARING_STEPS.caseMembers]: async (doc, step) => {
        const { members } = z.object({ members: z.array(memberSchema).max(60) }).parse(step.data);
        await ctx.cases.update(
          doc.pk,
          doc.caseRef,
          (current): Mutation<CaseDoc, void> => {
            if (!current) return { kind: 'unchanged', result: undefined };
            const missing = members.filter((p) => !current.members.some((m) => m.aadObjectId === p.aadObjectId)).map((p) => ({ ...p, role: 'professional' as const }));
            if (missing.length === 0 || current.members.length + missing.length > 200) return { kind: 'unchanged', result: undefined };
            return { kind: 'write', doc: { ...current, members: [...current.members, ...missing] }, result: undefined };
          },
          `${step.opId ?? doc.avklaringId}:participants`,
        );
      },
      [AVKLARING_STEPS.post]: async (doc, step, env) => {
        if (doc.sharedActivityId) return;
        if (!env.port) throw new StepNeedsTurn(step.step);
        const card = await currentCard(ctx, localeOf(ctx, step.data), doc.pk, doc);
        const posted = await env.port.send({ card });
        // Stored in the same write that removes the step, right after the post.
        return posted ? (cur) => (cur.sharedActivityId ? cur : { ...cur, sharedActivityId: posted }) : undefined;
      },
      [AVKLARING_STEPS.coordinator]: async (doc, step) => {
        const { coordinator, caseOp } = z.object({ coordinator: coordinatorSchema, caseOp: z.string().min(1).max(300) }).parse(step.data);
        await recordCoordinator(ctx, doc.pk, doc.caseRef, coordinator, caseOp);
      },
      [AVKLARING_STEPS.nudge]: async (doc) => {
        // The case repository plans it too when the coordinator changes, but does not fail for it; this step does.
        const caseDoc = await ctx.cases.get(doc.pk, doc.caseRef);
        if (caseDoc?.coordinator) await scheduleCoordinatorNudge(ctx.deps.store, doc.pk, caseDoc);
      },
      [AVKLARING_STEPS.handover]: async (doc, step) => {
        const { index } = z.object({ index: z.number().int().min(0).max(10_000) }).parse(step.data);
        if (doc.rotation) await scheduleHandover(ctx, doc.pk, doc, handoverAt(doc.rotation, index));
      },
      [AVKLARING_STEPS.escalate]: async (doc, step) => {
        const { leader } = z.object({ leader: personSchema }).parse(step.data);
        await ctx.cases.update(
          doc.pk,
          doc.caseRef,
          (current): Mutation<CaseDoc, void> => {
            if (!current) return { kind: 'unchanged', result: undefined };
            // The leader becomes a member of the case (role leader), so they may act on it from now on.
            const known = current.members.some((m) => m.aadObjectId === leader.aadObjectId);
            const members = known
              ? current.members.map((m) => (m.aadObjectId === leader.aadObjectId ? { ...m, role: 'leader' as const } : m))
              : [...current.members, { ...leader, role: 'leader' as const }];
            return { kind: 'write', doc: { ...current, status: 'escalated', escalatedTo: leader.aadObjectId, members }, result: undefined };
          },
          `avklaring-escalated:${doc.avklaringId}`,
        );
      },
      [AVKLARING_STEPS.escalationMessage]: async (doc, step, env) => {
        if (!env.port) throw new StepNeedsTurn(step.step);
        const { leader } = z.object({ leader: personSchema }).parse(step.data);
        const who = mentionOf(leader);
        await env.port.send({ text: t(localeOf(ctx, step.data), 'avklaring.escalation.message', { leader: who.text, caseRef: doc.caseRef }), mentions: who.mentions });
      },
    },
  };
}

/** Runs the avklaring's steps left to do; without a turn only the store steps can run (the sweep sends the rest). */
export function finishAvklaring(ctx: AvklaringCtx, owner: string, avklaringId: string, opts: { lease?: Lease; context?: TurnContext } = {}): Promise<OutboxResult<AvklaringDoc>> {
  const log = opts.context ? turnLogger(opts.context, ctx.deps.logger) : ctx.deps.logger;
  return runOutbox(avklaringOutbox(ctx), ctx.deps, owner, avklaringDocId(avklaringId), { lease: opts.lease ?? newLease(ctx.deps), port: opts.context ? conversationPort(opts.context) : undefined, log });
}

/**
 * After an ending (decision, rotation, escalation) or its re-delivery: finishes the steps and answers. All done:
 * the current card (and the shared message when this press ended it). Something left: the shared message still
 * shows how it ended, and the presser is told that the rest follows by itself.
 */
export async function answerAfterEnding(
  ctx: AvklaringCtx,
  context: TurnContext,
  locale: Locale,
  owner: string,
  avklaringId: string,
  respondCurrent: (updateShared: boolean) => Promise<void>,
  opts: { lease?: Lease; updateShared: boolean },
): Promise<void> {
  const result = await finishAvklaring(ctx, owner, avklaringId, { lease: opts.lease, context });
  if (result.status === 'done' || result.status === 'missing' || (result.doc && stepsOf(result.doc).length === 0)) return respondCurrent(opts.updateShared);
  turnLogger(context, ctx.deps.logger).warn('avklaring.unfinished', { status: result.status, left: stepsOf(result.doc).length });
  if (opts.updateShared && result.doc) {
    try {
      await updateSharedCard(context, await currentCard(ctx, locale, owner, result.doc, context));
    } catch {
      // The card refreshes itself when opened; the presser hears below what is still to come.
    }
  }
  return respondWithMessage(context, t(locale, 'avklaring.unfinished'));
}
