import type { Feature } from '../host';
import { normalizeText } from '../../actions/input';
import type { GuidanceContent } from '../../content/guidance';
import { reply } from '../../actions/types';
import { contentFor, decideDataSchema, navDataSchema, VERBS } from './common';
import { isEmergency, verktoyQuery } from './intents';
import { nluClassifier, sendEmergency } from '../nlu';
import { routeText } from '../../domain/nlu/route';
import { decideCard, meldepliktCard, attentionCard } from './meldeplikt';
import { navigatorCard } from './navigator';
import { toolsCard } from './verktoy';
import { ME_COMMAND_ID, searchResult } from './messageExtension';

export { emergencyCard, meldepliktCard, decisionCard, outcomeCard, attentionCard, decideCard } from './meldeplikt';
export { navigatorCard } from './navigator';
export { toolsCard } from './verktoy';
export { toolCard, searchResult } from './messageExtension';

/**
 * Guidance: the emergency route (priority 0, before every other job), meldeplikt with a yes/no helper,
 * the verktøy search (chat and message extension) and the BTI level navigator. Nothing is stored, so every
 * handler is parse → render: the cards are stateless and each button's data says where to go.
 */
export const guidanceFeature: Feature = (bot, deps) => {
  const content = (): GuidanceContent => contentFor(deps);

  bot.jobs.text({
    name: 'guidance.emergency',
    priority: 0,
    matches: isEmergency,
    run: async (text, turn) => {
      // Logged without the text: only that the route was taken.
      turn.log.info('guidance.emergency');
      // The emergency card first; a tool the message also asked for (how to talk with the child …) after it.
      await sendEmergency(turn, routeText(text, nluClassifier()), content());
    },
  });
  bot.jobs.text({
    name: 'guidance.verktoy',
    priority: 30,
    matches: (text) => verktoyQuery(text) !== null,
    run: async (text, turn) => {
      const query = verktoyQuery(normalizeText(text)) ?? '';
      await turn.send({ card: toolsCard(query, content(), turn.locale) });
    },
  });
  // Meldeplikt questions, the level navigator and tool words in plain language are understood by the free-text
  // router (src/bot/nlu.ts), which answers the question asked instead of matching a few keywords.

  // Every answer replaces the pressed card for the presser only: the guidance is personal, never shared.
  bot.jobs.action({
    verb: VERBS.nav,
    input: navDataSchema,
    // A button with data we do not understand opens the navigator at its start.
    invalid: (press) => reply.card(navigatorCard(content(), 0, 0, press.locale)),
    run: async (input, press) => reply.card(navigatorCard(content(), input.level, input.step, press.locale)),
  });
  bot.jobs.action({ verb: VERBS.meldeplikt, run: async (_input, press) => reply.card(meldepliktCard(content(), press.locale)) });
  bot.jobs.action({ verb: VERBS.attention, run: async (_input, press) => reply.card(attentionCard(content(), press.locale)) });
  bot.jobs.action({
    verb: VERBS.decide,
    input: decideDataSchema,
    // A stale or tampered press restarts the helper and says so.
    invalid: (press) => reply.card(decideCard(undefined, content(), press.locale)),
    run: async (input, press) => reply.card(decideCard(input, content(), press.locale)),
  });

  bot.jobs.search({
    commandId: ME_COMMAND_ID,
    run: async (query, turn) => {
      const result = searchResult(query.text, content(), turn.locale, query.count, query.skip);
      turn.log.info('guidance.me_query', { results: result.items.length });
      return result;
    },
  });
};
