import { findCaseRef } from '../domain/caseRef';
import { CardFactory, TurnContext } from 'botbuilder';
import { TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { Feature } from './app';
import { turnLogger } from './app';
import type { BotDeps } from './deps';
import { Locale, t, type TextKey } from '../i18n';
import { renderCard, AdaptiveCardJson } from '../cards/render';
import { replyWithCard, turnLocale } from './turn';
import { respondWithCard, respondWithMessage } from './cardResponses';
import { actionData } from './cardActions';
import { helpCard, RUN_VERB } from './help';
import { IntentClassifier } from '../domain/nlu/classifier';
import { routeText, type RouteDecision } from '../domain/nlu/route';
import { isIntentId, meldepliktQuestionOf, toolTopicOf, type IntentId } from '../domain/nlu/intents';
import { meldepliktAnswer } from '../domain/guidance/meldepliktAnswers';
import { trainingExamples } from '../content/intents';
import { CONCEPTS } from '../content/intents/concepts';
import { TOOL_QUERIES } from '../content/intents/tools';
import type { GuidanceContent } from '../content/guidance';
import { buttonRows, contentFor, type CardButton } from './guidance/common';
import { emergencyCard, meldepliktCard } from './guidance/meldeplikt';
import { meldepliktAnswerCard } from './guidance/answers';
import { navigatorCard } from './guidance/navigator';
import { toolsCard } from './guidance/verktoy';
import { levelIn } from './guidance/intents';
import { normalizeText } from './router';

/**
 * Free-text understanding (issue 13). Exact commands keep their own routes (cases, meetings, referat, status,
 * "verktøy …", the avklaring questions) and the emergency detector still goes first (priority 0); everything
 * else comes here instead of the help card. The classifier is trained once, at start-up, from the examples in
 * src/content/intents. Only the chosen intent and its score are logged, never the text.
 */

let trained: IntentClassifier | undefined;

export function nluClassifier(): IntentClassifier {
  trained ??= new IntentClassifier(trainingExamples(), { concepts: CONCEPTS });
  return trained;
}

/** What an intent that other jobs own is run as: their own command, so their rules stay theirs. */
const DELEGATED: Partial<Record<IntentId, [route: string, command: string]>> = {
  avklaring: ['avklaring', 'hvem bør koordinere?'],
  meeting: ['meetings.new', 'nytt møte'],
  referat: ['referat.overview', 'referat'],
  status: ['meetings.status', 'status'],
  cases: ['cases.list', 'saker'],
};

type RunIntent = IntentId;
const runDataSchema = z.object({
  intent: z.string().refine((v): v is RunIntent => isIntentId(v)),
  level: z.number().int().min(0).max(2).optional(),
});

/** The tool card for a tool topic: the search that topic stands for. */
function toolCardFor(intent: IntentId, content: GuidanceContent, locale: Locale): AdaptiveCardJson | null {
  const topic = toolTopicOf(intent);
  return topic ? toolsCard(TOOL_QUERIES[topic], content, locale) : null;
}

/** The cards an intent answers with, when it is answered by cards alone (null: another job's route runs). */
export function cardsFor(intent: RunIntent, text: string, content: GuidanceContent, locale: Locale, level?: number): AdaptiveCardJson[] | null {
  if (intent === 'verktoy') return [toolsCard('', content, locale)];
  if (intent === 'help') return [helpCard(locale)];
  if (intent === 'emergency') return [emergencyCard(content, locale)];
  if (intent === 'navigator') return [navigatorCard(content, level ?? levelIn(normalizeText(text)) ?? 0, 0, locale)];
  const tool = toolCardFor(intent, content, locale);
  if (tool) return [tool];
  const question = meldepliktQuestionOf(intent);
  if (intent === 'meldeplikt' || question) {
    const answer = meldepliktAnswer(question ?? 'general', text);
    // The bare duty question keeps the full overview; a named ground or a sub-question gets its direct answer.
    if (!question && answer.grounds.length === 0) return [meldepliktCard(content, locale)];
    return [meldepliktAnswerCard(answer, content, locale)];
  }
  return null;
}

/** Emergency first; a tool the message also asked for comes right after it, not dropped. */
export function emergencyCards(decision: RouteDecision, content: GuidanceContent, locale: Locale): AdaptiveCardJson[] {
  const cards = [emergencyCard(content, locale)];
  const also = decision.kind === 'emergency' && decision.also ? toolCardFor(decision.also, content, locale) : null;
  if (also) cards.push(also);
  return cards;
}

/** Sends the emergency card and, in a second message that says so, what else was asked for. */
export async function replyEmergency(context: TurnContext, decision: RouteDecision, content: GuidanceContent, locale: Locale): Promise<void> {
  const [first, ...rest] = emergencyCards(decision, content, locale);
  await replyWithCard(context, first!);
  for (const card of rest) await context.sendActivity({ text: t(locale, 'nlu.also'), attachments: [CardFactory.adaptiveCard(card)] });
}

export function chooseCard(options: [IntentId, IntentId], text: string, locale: Locale): AdaptiveCardJson {
  const level = levelIn(normalizeText(text));
  const option = (intent: IntentId, style: CardButton['style']): CardButton => ({
    title: t(locale, `nlu.intent.${intent}` as TextKey),
    verb: RUN_VERB,
    data: { intent, ...(intent === 'navigator' && level !== null ? { level } : {}) },
    style,
  });
  return renderCard('nlu-choose', {
    title: t(locale, 'nlu.choose.title'),
    intro: t(locale, 'nlu.choose.intro'),
    rows: buttonRows([option(options[0], 'positive'), option(options[1], 'default')], [{ title: t(locale, 'nlu.choose.help'), verb: RUN_VERB, data: { intent: 'help' } }]),
  });
}

/** The language question: say how the language is chosen, in the language asked for, and show the help card in it. */
function languageReply(text: string, locale: Locale): { locale: Locale; text: string; card: AdaptiveCardJson } {
  const n = normalizeText(text);
  const wanted: Locale = /\b(?:english|engelsk)\b/.test(n) ? 'en' : /\b(?:norsk|norwegian|bokmål|bokmal)\b/.test(n) ? 'nb' : locale;
  return { locale: wanted, text: t(wanted, 'nlu.language'), card: helpCard(wanted) };
}

export const nluFeature: Feature = (bot, deps: BotDeps) => {
  const content = () => contentFor(deps);
  // Trained now, at start-up, so the first question is not the slow one.
  nluClassifier();

  /** Runs another job's route as if its command was typed; false when that job is not installed. */
  const delegate = async (context: TurnContext, state: TurnState, intent: IntentId, text: string, locale: Locale): Promise<boolean> => {
    const target = DELEGATED[intent];
    const route = target ? bot.router.get(target[0]) : undefined;
    if (!target || !route) return false;
    const ref = intent === 'meeting' ? findCaseRef(text) : undefined;
    await route.handle(context, state, ref ? `${target[1]} ${ref.toLowerCase()}` : target[1], locale);
    return true;
  };

  const answer = async (context: TurnContext, state: TurnState, text: string, locale: Locale): Promise<void> => {
    const decision = routeText(text, nluClassifier());
    const top = decision.scores[0];
    turnLogger(context, deps.logger).info('nlu.routed', {
      kind: decision.kind,
      intent: decision.kind === 'intent' ? decision.intent : decision.kind === 'emergency' ? 'emergency' : null,
      score: top ? Math.round(top.score * 100) / 100 : null,
    });
    switch (decision.kind) {
      case 'emergency':
        turnLogger(context, deps.logger).info('guidance.emergency');
        await replyEmergency(context, decision, content(), locale);
        return;
      case 'unknown':
        await replyWithCard(context, helpCard(locale));
        return;
      case 'choose':
        await replyWithCard(context, chooseCard(decision.options, text, locale));
        return;
      case 'intent': {
        if (decision.intent === 'language') {
          const reply = languageReply(text, locale);
          await context.sendActivity(reply.text);
          await replyWithCard(context, reply.card);
          return;
        }
        const cards = cardsFor(decision.intent, text, content(), locale);
        if (cards) for (const card of cards) await replyWithCard(context, card);
        else if (!(await delegate(context, state, decision.intent, text, locale))) await replyWithCard(context, helpCard(locale));
      }
    }
  };

  // After every job's own command (priorities 0–75): what none of them recognised is understood here.
  bot.router.add({ name: 'nlu', priority: 90, matches: (text) => text.trim() !== '', handle: answer });

  // A button of the help card or of the "which did you mean?" card: run that intent. Card answers replace the
  // pressed card for the presser only; another job's route answers with its own message.
  bot.app.adaptiveCards.actionExecute(RUN_VERB, async (context, state) => {
    const locale = turnLocale(context, deps.config.defaultLocale);
    const parsed = runDataSchema.safeParse(actionData(context));
    if (!parsed.success) {
      await respondWithMessage(context, t(locale, 'error.unknownAction'));
      return '';
    }
    const intent = parsed.data.intent as RunIntent;
    turnLogger(context, deps.logger).info('nlu.chosen', { intent });
    if (intent === 'language') {
      await respondWithCard(context, helpCard(locale), { updateShared: false });
      return '';
    }
    const cards = cardsFor(intent, '', content(), locale, parsed.data.level);
    if (cards) {
      await respondWithCard(context, cards[0]!, { updateShared: false });
      for (const card of cards.slice(1)) await replyWithCard(context, card);
    } else if (await delegate(context, state, intent, '', locale)) {
      await respondWithMessage(context, t(locale, 'nlu.choose.done'));
    } else {
      await respondWithCard(context, helpCard(locale), { updateShared: false });
    }
    return '';
  });
};
