import { z } from 'zod';
import type { Feature } from './host';
import type { BotDeps } from './deps';
import { Locale, t, type TextKey } from '../i18n';
import { renderCard, AdaptiveCardJson } from '../cards/render';
import { reply, type Reply, type Turn } from '../actions/types';
import { helpCard, RUN_VERB } from './help';
import { IntentClassifier } from '../domain/nlu/classifier';
import { routeText, type RouteDecision } from '../domain/nlu/route';
import { isIntentId, meldepliktQuestionOf, toolTopicOf, type IntentId } from '../domain/nlu/intents';
import { meldepliktAnswer } from '../domain/guidance/meldepliktAnswers';
import { trainingExamples } from '../content/intents';
import { CONCEPTS } from '../content/intents/concepts';
import { TOOL_FACTS, TOOL_QUERIES } from '../content/intents/tools';
import type { GuidanceContent } from '../content/guidance';
import { buttonRows, contentFor, type CardButton } from './guidance/common';
import { emergencyCard, meldepliktCard } from './guidance/meldeplikt';
import { meldepliktAnswerCard } from './guidance/answers';
import { navigatorCard } from './guidance/navigator';
import { toolsCard } from './guidance/verktoy';
import { levelIn } from './guidance/intents';
import { normalizeText } from '../actions/input';

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

/**
 * The router's decision for the texts the bot itself ships: its training examples and the commands its cards
 * advertise ("hjelp", "help", "status" …), as written, in lower case and with a capital first letter (phones
 * capitalise). They are what people type most, and a decision depends on nothing but the text, so each is
 * made once, by routeText itself, and kept. Typed text that is not one of them is never kept: staff may write
 * anything, and nothing of it stays in memory. The set is fixed, so the memo is bounded by it.
 */
let shippedTexts: Set<string> | undefined;
const decided = new Map<string, RouteDecision>();

function shipped(): Set<string> {
  if (shippedTexts) return shippedTexts;
  const texts = new Set<string>();
  const add = (text: string) => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const lower = trimmed.toLowerCase();
    texts.add(trimmed).add(lower).add(lower.charAt(0).toUpperCase() + lower.slice(1));
  };
  for (const e of trainingExamples()) add(e.text);
  for (const locale of ['nb', 'en'] as const) {
    add(t(locale, 'welcome.helpCommand'));
    for (const job of ['avklaring', 'meetings', 'referat', 'status', 'cases', 'navigator', 'guidance', 'verktoy'] as const) add(t(locale, `help.${job}.command`));
  }
  return (shippedTexts = texts);
}

/** routeText with the classifier trained for the bot; the same decision, kept for the bot's own texts. */
export function routeMessage(text: string): RouteDecision {
  const known = decided.get(text);
  if (known) return known;
  const decision = routeText(text, nluClassifier());
  if (shipped().has(text)) decided.set(text, Object.freeze(decision));
  return decision;
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
  return topic ? toolsCard(TOOL_QUERIES[topic], content, locale, TOOL_FACTS[topic]) : null;
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
export async function sendEmergency(turn: Turn, decision: RouteDecision, content: GuidanceContent): Promise<void> {
  const [first, ...rest] = emergencyCards(decision, content, turn.locale);
  await turn.send({ card: first! });
  for (const card of rest) await turn.send({ text: t(turn.locale, 'nlu.also'), card });
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
  // Trained right after the server listens (not before /readyz), so the first question is not the slow one.
  bot.warmUps.push(() => void shipped().size, () => void nluClassifier());

  /** Runs another job's command as if it was typed; false when that job is not installed. */
  const delegate = (turn: Turn, intent: IntentId, text: string): Promise<boolean> => {
    const target = DELEGATED[intent];
    if (!target) return Promise.resolve(false);
    // The avklaring form reads the child's age and the services from the question itself, the meeting form the
    // case number, type, day, time and interpreter from the request; the other jobs run their own command.
    const whole = (intent === 'avklaring' || intent === 'meeting') && text.trim() !== '';
    return bot.jobs.runCommand(target[0], whole ? text : target[1], turn);
  };

  const answer = async (text: string, turn: Turn): Promise<void> => {
    const { locale, log } = turn;
    const decision = routeMessage(text);
    const top = decision.scores[0];
    log.info('nlu.routed', {
      kind: decision.kind,
      intent: decision.kind === 'intent' ? decision.intent : decision.kind === 'emergency' ? 'emergency' : null,
      score: top ? Math.round(top.score * 100) / 100 : null,
    });
    switch (decision.kind) {
      case 'emergency':
        log.info('guidance.emergency');
        await sendEmergency(turn, decision, content());
        return;
      case 'unknown':
        await turn.send({ card: helpCard(locale) });
        return;
      case 'choose':
        await turn.send({ card: chooseCard(decision.options, text, locale) });
        return;
      case 'intent': {
        if (decision.intent === 'language') {
          const language = languageReply(text, locale);
          await turn.send({ text: language.text });
          await turn.send({ card: language.card });
          return;
        }
        const cards = cardsFor(decision.intent, text, content(), locale);
        if (cards) for (const card of cards) await turn.send({ card });
        else if (!(await delegate(turn, decision.intent, text))) await turn.send({ card: helpCard(locale) });
      }
    }
  };

  // After every job's own command (priorities 0–75): what none of them recognised is understood here.
  bot.jobs.text({ name: 'nlu', priority: 90, matches: (text) => text.trim() !== '', run: answer });

  // A button of the help card or of the "which did you mean?" card: run that intent. Card answers replace the
  // pressed card for the presser only; another job's command answers with its own message.
  bot.jobs.action({
    verb: RUN_VERB,
    input: runDataSchema,
    run: async (input, press): Promise<Reply> => {
      const { locale } = press;
      const intent = input.intent as RunIntent;
      press.log.info('nlu.chosen', { intent });
      if (intent === 'language') return reply.card(helpCard(locale));
      const cards = cardsFor(intent, '', content(), locale, input.level);
      if (cards) {
        for (const card of cards.slice(1)) await press.send({ card });
        return reply.card(cards[0]!);
      }
      if (await delegate(press, intent, '')) return reply.message(t(locale, 'nlu.choose.done'));
      return reply.card(helpCard(locale));
    },
  });
};
