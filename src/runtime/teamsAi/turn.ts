import { ActivityTypes, CardFactory, MessageFactory, TeamsInfo, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Answer } from '../../bot/pipeline';
import type { Locale } from '../../i18n';
import type { Logger } from '../../log';
import type { CardPress, ConversationPort, Member, OutMessage, StoredReference, Turn } from '../../actions/types';
import { actionData, isAutomatic } from './cardActions';
import { ownerScope, releaseTurnSlot, teamsLocale, TURN_LOCALE_KEY } from './turnContext';

/** botbuilder + teams-ai → the action layer: a TurnContext seen as a Turn, a ConversationPort, a CardPress. */

export function toActivity(message: OutMessage): Partial<Activity> {
  if (message.card) {
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
    if (message.text) activity.text = message.text;
    return activity;
  }
  const activity = MessageFactory.text(message.text);
  if (message.mentions?.length) {
    activity.entities = message.mentions.map((m) => ({ type: 'mention', text: `<at>${m.name}</at>`, mentioned: { id: m.id, name: m.name } }));
  }
  return activity;
}

/** The roster through the Bot Connector (the team's roster in a channel). Only people with an Entra id count. */
async function roster(context: TurnContext, max: number): Promise<Member[]> {
  const members: Member[] = [];
  let token: string | undefined;
  do {
    const page = await TeamsInfo.getPagedMembers(context, 100, token);
    for (const m of page.members ?? []) {
      if (m.aadObjectId) members.push({ id: m.id, aadObjectId: m.aadObjectId, name: m.name ?? m.aadObjectId });
    }
    token = page.continuationToken;
  } while (token && members.length < max);
  return members.slice(0, max);
}

export function conversationPort(context: TurnContext): ConversationPort {
  return {
    async send(message, opts = {}) {
      if (!opts.conversationId || opts.conversationId === context.activity.conversation?.id) {
        const response = await context.sendActivity(toActivity(message));
        return response?.id;
      }
      // Another conversation of the same service (a channel thread): the turn's address with that conversation id.
      const reference = TurnContext.getConversationReference(context.activity);
      const activity = TurnContext.applyConversationReference(toActivity(message), { ...reference, conversation: { ...reference.conversation!, id: opts.conversationId } });
      delete activity.replyToId;
      const [response] = await context.adapter.sendActivities(context, [activity]);
      return response?.id;
    },
    async update(activityId, message) {
      const activity = toActivity(message);
      activity.id = activityId;
      await context.updateActivity(activity);
    },
    members: (max = 200) => roster(context, max),
  };
}

export function storedReference(context: TurnContext): StoredReference {
  const reference = TurnContext.getConversationReference(context.activity) as StoredReference;
  return reference;
}

export function botbuilderReference(reference: StoredReference): Partial<ConversationReference> {
  // The stored JSON is the Bot Framework reference itself.
  return reference as unknown as Partial<ConversationReference>;
}

export function turnOf(context: TurnContext, locale: () => Locale, log: Logger): Turn {
  const a = context.activity;
  const channelData = a.channelData as { team?: { id?: string }; tenant?: { id?: string } } | undefined;
  return {
    ...conversationPort(context),
    actor: { id: a.from?.id ?? '', aadObjectId: a.from?.aadObjectId ?? undefined, name: a.from?.name ?? '' },
    place: {
      conversationId: a.conversation?.id ?? '',
      conversationType: a.conversation?.conversationType ?? 'personal',
      tenantId: channelData?.tenant?.id ?? a.conversation?.tenantId ?? undefined,
      teamId: channelData?.team?.id ?? undefined,
      owner: ownerScope(context),
    },
    activityId: a.id ?? undefined,
    get locale() {
      return locale();
    },
    log,
    reference: () => storedReference(context),
    releaseStoreSlot: () => releaseTurnSlot(context),
    setLocale: (next) => context.turnState.set(TURN_LOCALE_KEY, next),
    clientLocale: (fallback) => teamsLocale(context, fallback),
  };
}

export function pressOf(context: TurnContext, locale: () => Locale, log: Logger): CardPress {
  const value = context.activity.value as { action?: { verb?: unknown } } | undefined;
  const turn = turnOf(context, locale, log);
  // A getter would be lost by spreading: copy the port and fields explicitly.
  return Object.defineProperties(
    { ...turn, verb: typeof value?.action?.verb === 'string' ? value.action.verb : '', data: actionData(context), cardMessageId: context.activity.replyToId ?? undefined, automatic: isAutomatic(context) },
    { locale: { get: locale, enumerable: true } },
  ) as CardPress;
}

/** Delivers a pipeline answer (src/bot/pipeline.ts): a chat message, or the invoke's HTTP answer. */
export async function deliver(context: TurnContext, answer: Answer): Promise<void> {
  if (answer.kind === 'send') await context.sendActivity(answer.text);
  else await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: answer.response });
}
