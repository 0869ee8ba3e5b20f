import { z } from 'zod';
import { CASE_REF_GROUP } from '../../domain/caseRef';
import { Locale, t } from '../../i18n';
import { renderCard } from '../../cards/render';
import { CaseDoc, CaseRepository, CASE_REF_PATTERN, mayAdministerCase } from '../../store/cases';
import type { Feature } from '../host';
import type { BotDeps } from '../deps';
import { normalizeText } from '../../actions/input';
import { reply, type CardPress, type Reply, type Turn } from '../../actions/types';

/** Listing, closing and deleting cases: the privacy controls a coordinator needs (see PRIVACY.md). */

const REF = CASE_REF_GROUP;
const LIST = /^(saker|mine saker|vis saker|cases|list cases|my cases)$/;
const DELETE = new RegExp(`^(?:slett sak|delete case)\\s+${REF}$`);
const CLOSE = new RegExp(`^(?:lukk sak|avslutt sak|close case)\\s+${REF}$`);

const confirmSchema = z.object({ caseRef: z.string().regex(CASE_REF_PATTERN), confirm: z.boolean() });

export function noticeCard(text: string) {
  return renderCard('notice', { text });
}

export function caseListCard(locale: Locale, cases: CaseDoc[]) {
  return renderCard('case-list', {
    title: t(locale, 'cases.list.title'),
    empty: t(locale, 'cases.list.empty'),
    hint: t(locale, 'cases.list.hint'),
    cases: cases.map((c) => ({
      ref: c.ref,
      status: t(locale, `cases.status.${c.status}`),
      coordinator: c.coordinator ? t(locale, 'cases.list.coordinator', { service: c.coordinator.name ?? c.coordinator.service }) : t(locale, 'cases.list.noCoordinator'),
      members: t(locale, 'cases.list.members', { count: c.members.length }),
    })),
  });
}

export function confirmCard(locale: Locale, kind: 'delete' | 'close', ref: string, retentionDays: number) {
  return renderCard('case-confirm', {
    title: t(locale, `cases.${kind}.title`, { ref }),
    text: t(locale, `cases.${kind}.text`, { days: retentionDays }),
    confirm: t(locale, `cases.${kind}.confirm`),
    cancel: t(locale, 'cases.cancel'),
    verb: `case.${kind}`,
    caseRef: ref,
  });
}

export const casesFeature: Feature = (bot, deps) => {
  const repo = new CaseRepository(deps.store, deps.logger);

  bot.jobs.text({
    name: 'cases.list',
    priority: 20,
    matches: (text) => LIST.test(text),
    run: async (_text, turn) => {
      await turn.send({ card: caseListCard(turn.locale, await repo.list(turn.place.owner)) });
    },
  });

  for (const [kind, pattern] of [['delete', DELETE], ['close', CLOSE]] as const) {
    bot.jobs.text({
      name: `cases.${kind}`,
      priority: 20,
      matches: (text) => pattern.test(text),
      run: async (text, turn) => {
        const ref = (pattern.exec(normalizeText(text))?.[1] ?? '').toUpperCase();
        const found = await allowedCase(turn, repo, ref);
        if (found) await turn.send({ card: confirmCard(turn.locale, kind, ref, deps.config.retentionDays) });
      },
    });

    bot.jobs.action({ verb: `case.${kind}`, input: confirmSchema, run: (input, press) => confirm(press, deps, repo, kind, input) });
  }
};

async function allowedCase(turn: Turn, repo: CaseRepository, ref: string): Promise<CaseDoc | undefined> {
  const doc = await repo.get(turn.place.owner, ref);
  if (!doc) {
    await turn.send({ text: t(turn.locale, 'cases.notFound', { ref }) });
    return undefined;
  }
  if (!mayAdministerCase(doc, turn.actor.aadObjectId)) {
    await turn.send({ text: t(turn.locale, 'cases.notAllowed') });
    return undefined;
  }
  return doc;
}

async function confirm(press: CardPress, deps: BotDeps, repo: CaseRepository, kind: 'delete' | 'close', input: z.infer<typeof confirmSchema>): Promise<Reply> {
  const { locale, log } = press;
  const { caseRef } = input;
  const owner = press.place.owner;
  const doc = await repo.get(owner, caseRef);
  const notice = (text: string) => reply.card(noticeCard(text), { updateShared: true });
  if (!doc) return notice(t(locale, 'cases.notFound', { ref: caseRef }));
  if (!mayAdministerCase(doc, press.actor.aadObjectId)) return reply.message(t(locale, 'cases.notAllowed'));
  if (!input.confirm) return notice(t(locale, 'cases.cancelled'));
  if (kind === 'delete') {
    const count = await repo.deleteCase(owner, caseRef);
    log.info('case.deleted', { caseRef, documents: count });
    return notice(t(locale, 'cases.deleted', { ref: caseRef, count }));
  }
  const ttl = deps.config.retentionDays * 86_400;
  const now = deps.now();
  await repo.close(owner, caseRef, ttl, now);
  log.info('case.closed', { caseRef, retentionDays: deps.config.retentionDays });
  const date = new Date(now.getTime() + ttl * 1000).toISOString().slice(0, 10);
  return notice(t(locale, 'cases.closed', { ref: caseRef, date }));
}
