import { TurnContext } from 'botbuilder';
import type { Feature } from '../app';
import { turnLogger } from '../app';
import { Locale } from '../../i18n';
import { normalizeText } from '../router';
import { replyWithCard, turnLocale } from '../turn';
import { respondWithCard } from '../cardResponses';
import type { GuidanceContent } from '../../content/guidance';
import { contentFor, navDataSchema, VERBS } from './common';
import { isEmergency, verktoyQuery } from './intents';
import { nluClassifier, replyEmergency } from '../nlu';
import { routeText } from '../../domain/nlu/route';
import { handleDecide, meldepliktCard, attentionCard } from './meldeplikt';
import { navigatorCard } from './navigator';
import { toolsCard } from './verktoy';
import { ME_COMMAND_ID, searchResult } from './messageExtension';

export { emergencyCard, meldepliktCard, decisionCard, outcomeCard, attentionCard } from './meldeplikt';
export { navigatorCard } from './navigator';
export { toolsCard } from './verktoy';
export { toolCard, searchResult } from './messageExtension';

/**
 * Guidance: the emergency route (priority 0, before every other job), meldeplikt with a yes/no helper,
 * the verktøy search (chat and message extension) and the BTI level navigator. Nothing is stored.
 */
export const guidanceFeature: Feature = (bot, deps) => {
  const content = (): GuidanceContent => contentFor(deps);

  bot.router.add({
    name: 'guidance.emergency',
    priority: 0,
    matches: isEmergency,
    handle: async (context, _state, text, locale) => {
      // Logged without the text: only that the route was taken.
      turnLogger(context, deps.logger).info('guidance.emergency');
      // The emergency card first; a tool the message also asked for (how to talk with the child …) after it.
      await replyEmergency(context, routeText(text, nluClassifier()), content(), locale);
    },
  });
  bot.router.add({
    name: 'guidance.verktoy',
    priority: 30,
    matches: (text) => verktoyQuery(text) !== null,
    handle: async (context, _state, text, locale) => {
      const query = verktoyQuery(normalizeText(text)) ?? '';
      await replyWithCard(context, toolsCard(query, content(), locale));
    },
  });
  // Meldeplikt questions, the level navigator and tool words in plain language are understood by the free-text
  // router (src/bot/nlu.ts), which answers the question asked instead of matching a few keywords.

  const execute = (verb: string, handler: (context: TurnContext, locale: Locale, data: unknown) => Promise<void>) => {
    bot.app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
      await handler(context, turnLocale(context, deps.config.defaultLocale), data);
      // Answered through respondWithCard; teams-ai's own reply is bypassed.
      return '';
    });
  };
  execute(VERBS.nav, async (context, locale, data) => {
    const parsed = navDataSchema.safeParse(data);
    const card = parsed.success ? navigatorCard(content(), parsed.data.level, parsed.data.step, locale) : navigatorCard(content(), 0, 0, locale);
    await respondWithCard(context, card, { updateShared: false });
  });
  execute(VERBS.meldeplikt, async (context, locale) => {
    await respondWithCard(context, meldepliktCard(content(), locale), { updateShared: false });
  });
  execute(VERBS.attention, async (context, locale) => {
    await respondWithCard(context, attentionCard(content(), locale), { updateShared: false });
  });
  execute(VERBS.decide, async (context, locale, data) => {
    await handleDecide(context, content(), locale, data);
  });

  bot.app.messageExtensions.query(ME_COMMAND_ID, async (context, _state, query) => {
    const locale = turnLocale(context, deps.config.defaultLocale);
    const raw: unknown = query.parameters?.query;
    const text = typeof raw === 'string' ? raw.slice(0, 200) : '';
    const result = searchResult(text, content(), locale, query.count, query.skip);
    turnLogger(context, deps.logger).info('guidance.me_query', { results: result.attachments?.length ?? 0 });
    return result;
  });
};
