import { type ConversationReference, type MessagingExtensionResult, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Locale } from '../../i18n';
import type { Logger } from '../../log';
import type { ActionRegistry } from '../../actions/registry';
import type { ProactivePort, Reply } from '../../actions/types';
import type { IntentRouter } from './router';
import { respondWithCard, respondWithMessage } from './cardResponses';
import { runPress, searchBody } from '../../bot/pipeline';
import { botbuilderReference, conversationPort, pressOf, turnOf } from './turn';

/** Routes what the jobs registered (src/actions) through teams-ai's Application and the intent router. */
export interface WireOptions {
  app: Application<TurnState>;
  router: IntentRouter;
  registry: ActionRegistry;
  locale(context: TurnContext): Locale;
  logger(context: TurnContext): Logger;
}

export async function answerPress(context: TurnContext, answer: Reply): Promise<void> {
  if (answer.kind === 'card') await respondWithCard(context, answer.card, { updateShared: answer.updateShared ?? false });
  else await respondWithMessage(context, answer.text);
}


export function wireRegistry(opts: WireOptions): void {
  const { app, router, registry } = opts;
  for (const command of registry.textCommands()) {
    router.add({
      name: command.name,
      priority: command.priority,
      matches: (text) => command.matches(text),
      handle: (context, _state, text) => command.run(text, turnOf(context, () => opts.locale(context), opts.logger(context))),
    });
  }
  for (const action of registry.cardActions()) {
    app.adaptiveCards.actionExecute(action.verb, async (context) => {
      const press = pressOf(context, () => opts.locale(context), opts.logger(context));
      await answerPress(context, await runPress(action, press));
      // Answered through answerPress; teams-ai's own reply is bypassed.
      return '';
    });
  }
  for (const search of registry.searchCommands()) {
    app.messageExtensions.query(search.commandId, async (context, _state, query) => {
      const raw: unknown = query.parameters?.query;
      const text = typeof raw === 'string' ? raw.slice(0, 200) : '';
      const turn = turnOf(context, () => opts.locale(context), opts.logger(context));
      const result = await search.run({ text, count: query.count ?? 25, skip: query.skip ?? 0 }, turn);
      // The same result body the Teams SDK runtime answers with (src/bot/pipeline.ts).
      return searchBody(result) as MessagingExtensionResult;
    });
  }
}

/** Proactive sends (reminders, the outbox) through botbuilder's continueConversation. */
export function proactivePort(adapter: ProactiveAdapter, botAppId: string): ProactivePort {
  return {
    async continue(reference, work) {
      type T = Awaited<ReturnType<typeof work>>;
      let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
      await adapter.continueConversationAsync(botAppId, botbuilderReference(reference), async (context) => {
        // The adapter hands errors inside the logic to onTurnError, which swallows them: keep our own, so a
        // refused send is retried instead of counting as sent.
        try {
          outcome = { ok: true, value: await work(conversationPort(context)) };
        } catch (error) {
          outcome = { ok: false, error: error ?? new Error('proactive send failed') };
        }
      });
      if (!outcome) throw new Error('proactive turn did not run');
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    },
  };
}

/** What botbuilder's adapter offers for proactive turns. */
export interface ProactiveAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}
