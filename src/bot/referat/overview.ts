import type { Turn } from '../../actions/types';
import { renderCard } from '../../cards/render';
import { Locale, t } from '../../i18n';
import { currentWriter, formatOslo, nextWriter, roleGuard, withMembers } from '../../domain/meetings';
import type { CaseDoc } from '../../store/cases';
import type { MeetingDoc } from '../../store/meetings';
import type { ReferatDoc } from '../../store/referat';
import { MeetingsCtx, typeName } from '../meetings/common';
import { skipReasonText } from '../meetings/texts';

/** `referat` in the chat: who writes next in each case here, and the last ten entries of the history. */

export interface ReferatCaseView {
  caseDoc: CaseDoc;
  rotation: ReferatDoc | undefined;
  meetings: MeetingDoc[];
}

/**
 * Who writes the next referat: the writer already given the next meeting that has not ended (and is not
 * cancelled), as the invitation shows; when that meeting has none, or there is no such meeting, the first in
 * line in the rotation.
 */
export function nextWriterName(v: ReferatCaseView, now: Date): string | undefined {
  if (!v.rotation) return undefined;
  const upcoming = v.meetings
    .filter((m) => m.status !== 'cancelled' && Date.parse(m.endUtc) > now.getTime())
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc))[0];
  const assigned = upcoming ? currentWriter(v.rotation, upcoming.meetingId) : undefined;
  const writer = assigned?.writer && !assigned.written ? assigned.writer : undefined;
  const id = writer ?? nextInLine(v);
  if (id === undefined) return undefined;
  return v.caseDoc.members.find((m) => m.aadObjectId === id)?.name ?? upcoming?.people.find((p) => p.aadObjectId === id)?.name ?? '—';
}

function nextInLine(v: Pick<ReferatCaseView, 'caseDoc' | 'rotation'>): string | undefined {
  if (!v.rotation) return undefined;
  const next = nextWriter(withMembers(v.rotation, v.caseDoc.members), { guard: roleGuard(v.caseDoc.members) });
  return next.ok ? next.writer : undefined;
}

export function referatOverviewCard(locale: Locale, views: ReferatCaseView[], now: Date) {
  const cases = views
    .filter((v) => v.rotation)
    .map((v) => {
      const name = nextWriterName(v, now);
      const byId = new Map(v.meetings.map((m) => [m.meetingId, m] as const));
      const history = [...(v.rotation?.history ?? [])].reverse().slice(0, 10).map((e) => {
        const m = byId.get(e.meetingId);
        return {
          text: t(locale, `meetings.referat.entry.${e.status}`, {
            // Without the meeting (an older one no longer stored), the day of the entry, in the same words.
            date: formatOslo(m ? m.startUtc : e.at, locale, 'date'),
            name: v.caseDoc.members.find((x) => x.aadObjectId === e.writer)?.name ?? '—',
            type: m ? typeName(m.meetingType, locale) : '—',
            reason: e.reason ? skipReasonText(locale, e.reason) : '',
          }),
        };
      });
      return {
        ref: v.caseDoc.ref,
        next: name ? t(locale, 'meetings.referat.next', { name }) : t(locale, 'meetings.referat.nextNone'),
        historyTitle: t(locale, 'meetings.referat.history'),
        history: history.length ? history : [{ text: t(locale, 'meetings.referat.noHistory') }],
      };
    });
  return renderCard('referat-overview', {
    title: t(locale, 'meetings.referat.title'),
    note: t(locale, 'meetings.referat.note'),
    isEmpty: cases.length === 0,
    empty: t(locale, 'meetings.referat.empty'),
    cases,
  });
}

export async function loadCaseViews(ctx: MeetingsCtx, owner: string): Promise<ReferatCaseView[]> {
  // Three queries, the two lists at once, whatever the number of open cases (a read per case's rotation made
  // `status` cost 2 + one round trip per open case, in three steps one after the other).
  const [cases, all] = await Promise.all([ctx.cases.list(owner), ctx.meetings.list(owner)]);
  const open = cases.filter((c) => c.status !== 'closed');
  const rotations = open.length ? await ctx.referat.getMany(owner, open.map((c) => c.ref)) : new Map<string, ReferatDoc>();
  return open.map((caseDoc) => ({ caseDoc, rotation: rotations.get(caseDoc.ref), meetings: all.filter((m) => m.caseRef === caseDoc.ref) }));
}

export async function sendReferatOverview(turn: Turn, ctx: MeetingsCtx): Promise<void> {
  await turn.send({ card: referatOverviewCard(turn.locale, await loadCaseViews(ctx, turn.place.owner), ctx.deps.now()) });
}
