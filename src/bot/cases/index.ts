import { z } from 'zod';
import { TurnContext } from 'botbuilder';
import { Locale, t } from '../../i18n';
import { renderCard } from '../../cards/render';
import { CaseDoc, CaseRepository, CASE_REF_PATTERN, mayAdministerCase } from '../../store/cases';
import type { Feature } from '../app';
import { turnLogger } from '../app';
import type { BotDeps } from '../deps';
import { actorId, ownerScope, replyWithCard, turnLocale } from '../turn';
import { respondWithCard, respondWithMessage } from '../cardResponses';
import { actionData } from '../cardActions';

/** Listing, closing and deleting cases: the privacy controls a coordinator needs (see PRIVACY.md). */

const REF = String.raw`(bti-\d{4}-\d{4})`;
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

  bot.router.add({
    name: 'cases.list',
    priority: 20,
    matches: (text) => LIST.test(text),
    handle: async (context, _state, _text, locale) => {
      await replyWithCard(context, caseListCard(locale, await repo.list(ownerScope(context))));
    },
  });

  for (const [kind, pattern] of [['delete', DELETE], ['close', CLOSE]] as const) {
    bot.router.add({
      name: `cases.${kind}`,
      priority: 20,
      matches: (text) => pattern.test(text),
      handle: async (context, _state, text, locale) => {
        const ref = (pattern.exec(text.toLowerCase().replace(/<at>[^<]*<\/at>/g, '').trim())?.[1] ?? '').toUpperCase();
        const found = await allowedCase(context, repo, ref, locale);
        if (found) await replyWithCard(context, confirmCard(locale, kind, ref, deps.config.retentionDays));
      },
    });

    bot.app.adaptiveCards.actionExecute(`case.${kind}`, async (context) => {
      await handleConfirm(context, deps, repo, kind);
      return ''; // answered in handleConfirm
    });
  }
};

async function allowedCase(context: TurnContext, repo: CaseRepository, ref: string, locale: Locale): Promise<CaseDoc | undefined> {
  const doc = await repo.get(ownerScope(context), ref);
  if (!doc) {
    await context.sendActivity(t(locale, 'cases.notFound', { ref }));
    return undefined;
  }
  if (!mayAdministerCase(doc, actorId(context))) {
    await context.sendActivity(t(locale, 'cases.notAllowed'));
    return undefined;
  }
  return doc;
}

async function handleConfirm(context: TurnContext, deps: BotDeps, repo: CaseRepository, kind: 'delete' | 'close'): Promise<void> {
  const locale = turnLocale(context, deps.config.defaultLocale);
  const parsed = confirmSchema.safeParse(actionData(context));
  if (!parsed.success) return respondWithMessage(context, t(locale, 'error.unknownAction'));
  const { caseRef, confirm } = parsed.data;
  const owner = ownerScope(context);
  const doc = await repo.get(owner, caseRef);
  if (!doc) return respondWithCard(context, noticeCard(t(locale, 'cases.notFound', { ref: caseRef })), { updateShared: true });
  if (!mayAdministerCase(doc, actorId(context))) return respondWithMessage(context, t(locale, 'cases.notAllowed'));
  if (!confirm) return respondWithCard(context, noticeCard(t(locale, 'cases.cancelled')), { updateShared: true });
  const log = turnLogger(context, deps.logger);
  if (kind === 'delete') {
    const count = await repo.deleteCase(owner, caseRef);
    log.info('case.deleted', { caseRef, documents: count });
    return respondWithCard(context, noticeCard(t(locale, 'cases.deleted', { ref: caseRef, count })), { updateShared: true });
  }
  const ttl = deps.config.retentionDays * 86_400;
  const now = deps.now();
  await repo.close(owner, caseRef, ttl, now);
  log.info('case.closed', { caseRef, retentionDays: deps.config.retentionDays });
  const date = new Date(now.getTime() + ttl * 1000).toISOString().slice(0, 10);
  return respondWithCard(context, noticeCard(t(locale, 'cases.closed', { ref: caseRef, date })), { updateShared: true });
}
