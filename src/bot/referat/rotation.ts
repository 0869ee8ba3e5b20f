import { sameRotation, type RotationState } from '../../domain/meetings';
import type { ReferatDoc } from '../../store/referat';
import type { Mutation } from '../../store/documents';

/** A domain command's outcome on the rotation: the new state, or a refusal (a code, or the rotation's error). */
export type RotationOutcome<C extends string> = { ok: true; state: RotationState } | { ok: false; code: C } | { ok: false; error: { code: C } };

/**
 * Applies a domain command to the stored rotation document and turns its outcome into a store mutation: the
 * document is written only when the order or history changed. Pure, so it runs inside updateDoc's retry loop.
 */
export function rotationMutation<C extends string>(doc: ReferatDoc, step: (state: RotationState) => RotationOutcome<C>): Mutation<ReferatDoc, { ok: true } | { ok: false; code: C }> {
  const r = step(doc);
  if (!r.ok) return { kind: 'unchanged', result: { ok: false, code: 'code' in r ? r.code : r.error.code } };
  if (sameRotation(doc, r.state)) return { kind: 'unchanged', result: { ok: true } };
  return { kind: 'write', doc: { ...doc, order: r.state.order, history: r.state.history }, result: { ok: true } };
}
