import type { Turn } from '../../actions/types';
import { renderCard } from '../../cards/render';
import { Locale, t } from '../../i18n';
import { formatOsloRange, needsMeetingNudge } from '../../domain/meetings';
import { loadCaseViews, nextWriterName, type ReferatCaseView } from '../referat/overview';
import { MeetingsCtx, typeName } from './common';

/** `status` in the chat: per case the last and next meeting, the next referat writer, the coordinator, the nudge. */

export function statusCard(locale: Locale, views: ReferatCaseView[], now: Date) {
  const cases = views.map((v) => {
    const held = v.meetings.filter((m) => m.status !== 'cancelled');
    const last = held.filter((m) => Date.parse(m.startUtc) <= now.getTime()).sort((a, b) => b.startUtc.localeCompare(a.startUtc))[0];
    const next = held.filter((m) => Date.parse(m.startUtc) > now.getTime()).sort((a, b) => a.startUtc.localeCompare(b.startUtc))[0];
    const describe = (m: typeof last) => (m ? `${typeName(m.meetingType, locale)}, ${formatOsloRange(m.startUtc, m.endUtc, locale)}` : t(locale, 'meetings.status.none'));
    const c = v.caseDoc.coordinator;
    return {
      ref: v.caseDoc.ref,
      facts: [
        { title: t(locale, 'meetings.status.last'), value: describe(last) },
        { title: t(locale, 'meetings.status.next'), value: describe(next) },
        { title: t(locale, 'meetings.status.writer'), value: nextWriterName(v, now) ?? t(locale, 'meetings.status.none') },
        { title: t(locale, 'meetings.status.coordinator'), value: c ? (c.name ?? c.service) : t(locale, 'meetings.status.noCoordinator') },
      ],
      hasNudge: needsMeetingNudge(v.meetings, now, { caseCreatedAt: v.caseDoc.createdAt }),
      nudge: t(locale, 'meetings.status.nudge'),
    };
  });
  return renderCard('meeting-status', { title: t(locale, 'meetings.status.title'), isEmpty: cases.length === 0, empty: t(locale, 'meetings.status.empty'), cases });
}

export async function sendStatus(turn: Turn, ctx: MeetingsCtx): Promise<void> {
  await turn.send({ card: statusCard(turn.locale, await loadCaseViews(ctx, turn.place.owner), ctx.deps.now()) });
}
