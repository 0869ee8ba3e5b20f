import { ConnectorStandIn } from './connector';
import { executeActivity, messageActivity, TestUser, ConversationOpts } from './activities';
import { proposalIdFor } from '../../src/store/avklaring';

/**
 * Drives an avklaring over HTTP up to an open avklaringsmøte, for tests and the bench that run the bot in
 * another process (no store access): form → recommendation → start with the given participants → two proposals.
 */
/** The form as the card sends it (all strings): the example case from examples/case-tromso.json. */
export const FORM = {
  profileId: 'tromso-2025',
  caseRef: 'new',
  unborn: 'false',
  ageYears: '6',
  services: 'skole-barnehage,fysio-ergo,helsesykepleier,selnes-seminaret-avlastning',
  measuresArena: 'both',
  seriousCondition: 'true',
  mustCooperateOverTime: 'true',
  consentInPlace: 'false',
  existingCoordinator: 'false',
  'svc.skole-barnehage.followUp': 'weekly',
  'svc.fysio-ergo.followUp': 'weekly',
  'svc.helsesykepleier.followUp': 'sporadic',
  'svc.helsesykepleier.healthNurseFollowUp': 'universal-only',
  'svc.selnes-seminaret-avlastning.followUp': 'several-monthly',
  'svc.selnes-seminaret-avlastning.respiteGranted': 'true',
  'svc.barnebolig.livesInBarnebolig': 'false',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cards are free-form JSON
type Json = any;
export function findAction(card: Json, verb: string): Json {
  let found: Json;
  const walk = (x: Json) => {
    if (found || !x || typeof x !== 'object') return;
    if (x.type === 'Action.Execute' && x.verb === verb) found = x;
    else Object.values(x).forEach(walk);
  };
  walk(card);
  return found;
}

export async function post(url: string, activity: object): Promise<Json> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

export interface AvklaringSetup {
  opts: ConversationOpts;
  avklaringId: string;
  sharedId: string;
  proposals: [string, string];
  users: TestUser[];
}

/**
 * Runs an avklaring up to an open meeting with two proposals; users[0] agrees with the first and users[1]
 * with the second, so no number of other presses makes it unanimous (it stays open under load).
 */
export async function openAvklaring(botUrl: string, connector: ConnectorStandIn, conversationId: string, users: TestUser[]): Promise<AvklaringSetup> {
  const opts: ConversationOpts = { serviceUrl: connector.url, conversationId, conversationType: 'groupChat', locale: 'nb-NO' };
  connector.setRoster(conversationId, users.map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
  await post(botUrl, messageActivity(opts, users[0], 'hvem bør koordinere?'));
  const submit = await post(botUrl, executeActivity(opts, users[0], 'avklaring.submit', FORM, 'msg-form'));
  const start = findAction(submit?.value, 'avklaring.start');
  if (!start) throw new Error(`avklaring set-up: no start action in ${JSON.stringify(submit).slice(0, 300)}`);
  const avklaringId = start.data.avklaringId as string;
  await post(botUrl, executeActivity(opts, users[0], 'avklaring.start', { ...start.data, participants: users.map((u) => u.aadObjectId).join(',') }, 'msg-form'));
  // The id the connector gave the shared card; presses carry it as replyToId and the bot updates that message.
  const sharedActivityId = 'bench-shared-card';
  const services: [string, string] = ['skole-barnehage', 'fysio-ergo'];
  for (let i = 0; i < 2; i++) {
    await post(botUrl, executeActivity(opts, users[i], 'avklaring.propose', { avklaringId, cardVersion: 1, proposeService: services[i], proposePerson: '' }, sharedActivityId));
  }
  return { opts, avklaringId, sharedId: sharedActivityId, proposals: [proposalIdFor(users[0].aadObjectId, services[0]), proposalIdFor(users[1].aadObjectId, services[1])], users };
}

