import { randomUUID } from 'node:crypto';

/** Teams-shaped activities, as Teams posts them to /api/messages. */
export const TENANT_ID = '72f988bf-0000-4000-8000-000000000001';
export const BOT_ID = '28:bti-bot-test';

export interface TestUser {
  id: string; // Teams user id (29:…)
  aadObjectId: string;
  name: string;
}

export function makeUser(n: number, name = `Fagperson ${n}`): TestUser {
  const hex = n.toString(16).padStart(12, '0');
  return { id: `29:user-${n}`, aadObjectId: `00000000-0000-4000-8000-${hex}`, name };
}

export interface ConversationOpts {
  serviceUrl: string;
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  teamId?: string;
  channelId?: string;
  locale?: string;
  tenantId?: string;
}

function base(opts: ConversationOpts, from: TestUser) {
  const conversationType = opts.conversationType ?? 'groupChat';
  const conversationId = opts.conversationId ?? '19:chat-default@thread.v2';
  const tenantId = opts.tenantId ?? TENANT_ID;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: opts.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: opts.locale ?? 'nb-NO',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT_ID, name: 'BTI-bot' },
    conversation: { id: conversationId, conversationType, tenantId, isGroup: conversationType !== 'personal' },
    channelData: {
      tenant: { id: tenantId },
      ...(conversationType === 'channel'
        ? { team: { id: opts.teamId ?? '19:team-default@thread.tacv2' }, channel: { id: opts.channelId ?? conversationId } }
        : {}),
    },
  };
}

export function messageActivity(opts: ConversationOpts, from: TestUser, text: string) {
  const mention = opts.conversationType === 'channel' ? '<at>BTI-bot</at> ' : '';
  return {
    ...base(opts, from),
    type: 'message',
    text: `${mention}${text}`,
    textFormat: 'plain',
    entities:
      mention !== ''
        ? [{ type: 'mention', text: '<at>BTI-bot</at>', mentioned: { id: BOT_ID, name: 'BTI-bot' } }]
        : [],
  };
}

/** What Teams sends for an Action.Submit: a message with `value` and no text. */
export function submitActivity(opts: ConversationOpts, from: TestUser, value: Record<string, unknown>, replyToId?: string) {
  return { ...base(opts, from), type: 'message', value, replyToId };
}

/** What Teams sends for an Action.Execute (Universal Actions). */
export function executeActivity(
  opts: ConversationOpts,
  from: TestUser,
  verb: string,
  data: Record<string, unknown>,
  replyToId?: string,
  trigger: 'manual' | 'automatic' = 'manual',
) {
  return {
    ...base(opts, from),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger },
  };
}

export function installActivity(opts: ConversationOpts, installer: TestUser) {
  return {
    ...base(opts, installer),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT_ID }],
  };
}

export function uninstallActivity(opts: ConversationOpts, remover: TestUser) {
  return {
    ...base(opts, remover),
    type: 'conversationUpdate',
    membersRemoved: [{ id: BOT_ID }],
  };
}

export function messageExtensionQuery(opts: ConversationOpts, from: TestUser, commandId: string, query: string) {
  return {
    ...base(opts, from),
    type: 'invoke',
    name: 'composeExtension/query',
    value: { commandId, parameters: [{ name: 'query', value: query }], queryOptions: { skip: 0, count: 25 } },
  };
}
