import type { CosmosStore } from '../../store/cosmos';
import { CaseRepository, type CaseDoc, type Coordinator } from '../../store/cases';
import type { Mutation } from '../../store/documents';
import { caseConversation, caseNudgeReminder, ReminderRepository } from '../../store/reminders';
import { NUDGE_MONTHS, plusMonths } from '../../domain/meetings';
import { errorFields, type Logger } from '../../log';

/**
 * The application service for a case's coordinator: records who holds the role and plans what follows from it
 * (the twice-a-year check). The case repository only loads and saves; this is the one place that sets a
 * coordinator, so whoever records one (a decision, a rotation's handover) gets the check planned.
 */

const coordinatorKey = (doc: CaseDoc | undefined) => (doc?.coordinator ? JSON.stringify([doc.coordinator.since, doc.coordinator.aadObjectId, doc.coordinator.service]) : undefined);

/**
 * Sets the coordinator of a case (and any `extra` fields), applied once per `opId`. When the coordinator
 * changed — or the write is a re-delivery, in case the first delivery stopped before the plan — the first
 * twice-a-year check is planned. A failed plan does not fail the call: the case is stored, and a retried
 * handover would otherwise send its message twice; the next change or meeting plans it again.
 */
export async function recordCoordinator(
  store: CosmosStore,
  logger: Logger,
  owner: string,
  caseRef: string,
  coordinator: Coordinator,
  opId: string,
  extra: Partial<CaseDoc> = {},
): Promise<void> {
  let before: string | undefined;
  const outcome = await new CaseRepository(store).update(
    owner,
    caseRef,
    (current): Mutation<CaseDoc, void> => {
      before = coordinatorKey(current);
      if (!current) return { kind: 'unchanged', result: undefined };
      return { kind: 'write', doc: { ...current, ...extra, coordinator, coordinatorHistory: [...current.coordinatorHistory, coordinator] }, result: undefined };
    },
    opId,
  );
  const after = coordinatorKey(outcome.doc);
  if (!outcome.doc || !after || !(outcome.duplicate || (outcome.written && after !== before))) return;
  try {
    await scheduleCoordinatorNudge(store, owner, outcome.doc);
  } catch (err) {
    logger.warn('case.check_schedule_failed', { caseRef, ...errorFields(err) });
  }
}

/**
 * The first twice-a-year check six months after the coordinator took the role, so a case that never holds a
 * meeting is still nudged. Idempotent (same id, same time). Throws when the store fails (the avklaring's nudge
 * step relies on that to retry).
 */
export async function scheduleCoordinatorNudge(store: CosmosStore, owner: string, caseDoc: Pick<CaseDoc, 'ref' | 'coordinator' | 'status'>): Promise<void> {
  const since = Date.parse(caseDoc.coordinator?.since ?? '');
  if (!Number.isFinite(since) || caseDoc.status === 'closed') return;
  const conversationId = await caseConversation(store, owner, caseDoc.ref);
  if (!conversationId) return;
  const dueAt = plusMonths(new Date(since), NUDGE_MONTHS).toISOString();
  await new ReminderRepository(store).schedule(caseNudgeReminder(owner, caseDoc.ref, dueAt, conversationId));
}
