import { expect } from 'vitest';
import type { Harness } from '../support/botHarness';
import { messageActivity, executeActivity, TestUser, ConversationOpts } from '../support/activities';
import { AvklaringRepository } from '../../src/store/avklaring';

// Shared steps of the avklaring end-to-end tests: the form answers, starting a meeting, pressing on the shared card.

// The form answers and the action finder are shared with the bench and the multi-process tests.
export { FORM as VALID_FORM, findAction } from '../support/avklaringFlow';
import { FORM as VALID_FORM, fillForm, findAction } from '../support/avklaringFlow';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cards are free-form JSON inspected by the tests
type Json = any;
export const hasActions = (card: Json) => JSON.stringify(card).includes('Action.Execute');

/** The input with this id on a card (Input.ChoiceSet, …), or undefined. */
export function findInput(card: Json, id: string): Json {
  let found: Json;
  const walk = (x: Json) => {
    if (found || !x || typeof x !== 'object') return;
    if (typeof x.type === 'string' && x.type.startsWith('Input.') && x.id === id) found = x;
    else Object.values(x).forEach(walk);
  };
  walk(card);
  return found;
}

export interface Meeting {
  opts: ConversationOpts;
  owner: string;
  avklaringId: string;
  sharedId: string;
  convId: string;
}

/** Vestre Toten, individuell plan (three statutory services that must settle their efforts): KTK decides. */
export const VESTRE_TOTEN_IP_FORM = {
  profileId: 'vestre-toten',
  caseRef: 'new',
  unborn: 'false',
  ageYears: '9',
  services: 'helsesykepleier,fysio-ergo,barneverntjenesten',
  measuresArena: 'both',
  seriousCondition: 'true',
  mustCooperateOverTime: 'true',
  mustCoordinateAmongThemselves: 'true',
  consentInPlace: 'true',
  existingCoordinator: 'false',
  'svc.helsesykepleier.followUp': 'several-monthly',
  'svc.fysio-ergo.followUp': 'weekly',
  'svc.barneverntjenesten.followUp': 'several-monthly',
  'svc.barneverntjenesten.childWelfareStatus': 'support-measures',
};

export interface StartOptions {
  locale?: string;
  form?: Record<string, string>;
  /** Overrides for the conversation (e.g. a channel: conversationType, teamId). */
  conversation?: Partial<ConversationOpts>;
}

export async function startMeeting(h: Harness, convId: string, users: TestUser[], options: string | StartOptions = {}): Promise<Meeting> {
  const o: StartOptions = typeof options === 'string' ? { locale: options } : options;
  const opts: ConversationOpts = { serviceUrl: h.connector.url, conversationId: convId, conversationType: 'groupChat', locale: o.locale ?? 'nb-NO', ...o.conversation };
  // In a channel the roster is the team's, read under the team id.
  h.connector.setRoster(opts.conversationType === 'channel' ? opts.teamId! : convId, users.map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
  await h.post(messageActivity(opts, users[0], 'hvem bør koordinere?'));
  // Through both steps of the form as a person fills them in, pressing the card's own buttons.
  const form = h.connector.cards(convId).filter((c) => findAction(c, 'avklaring.next')).at(-1);
  expect(form, 'the form card').toBeTruthy();
  const send = async (verb: string, data: Record<string, unknown>) => {
    const res = await h.post(executeActivity(opts, users[0], verb, data, 'msg-form'));
    expect(res.body.type, String(res.body.value)).toBe('application/vnd.microsoft.card.adaptive');
    return res.body.value;
  };
  const { result } = await fillForm(send, form, o.form ?? VALID_FORM);
  const start = findAction(result, 'avklaring.start');
  const avklaringId = start.data.avklaringId as string;
  const res = await h.post(
    executeActivity(opts, users[0], 'avklaring.start', { ...start.data, participants: users.map((u) => u.aadObjectId).join(',') }, 'msg-form'),
  );
  expect(res.body.type, String(res.body.value)).toBe('application/vnd.microsoft.card.adaptive');
  const owner = opts.conversationType === 'channel' ? `team:${opts.teamId}` : `conv:${convId}`;
  const doc = await new AvklaringRepository(h.bot.store).get(owner, avklaringId);
  expect(doc?.status).toBe('open');
  return { opts, owner, avklaringId, sharedId: doc!.sharedActivityId!, convId };
}

export async function current(h: Harness, m: Meeting) {
  return (await new AvklaringRepository(h.bot.store).get(m.owner, m.avklaringId))!;
}

export function press(h: Harness, m: Meeting, user: TestUser, verb: string, data: Record<string, unknown>, version: number, trigger: 'manual' | 'automatic' = 'manual') {
  return executeActivity(m.opts, user, verb, { avklaringId: m.avklaringId, cardVersion: version, ...data }, m.sharedId, trigger);
}

export async function propose(h: Harness, m: Meeting, user: TestUser, service: string, person = '') {
  const doc = await current(h, m);
  const res = await h.post(press(h, m, user, 'avklaring.propose', { proposeService: service, proposePerson: person }, doc.version));
  expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
  return res;
}

export async function proposalId(h: Harness, m: Meeting, service: string): Promise<string> {
  const proposals = await new AvklaringRepository(h.bot.store).proposals(m.owner, m.avklaringId);
  return proposals.find((p) => p.serviceId === service)!.proposalId;
}

