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


/** The inputs on a card with the value a client would send untouched (toggles send valueOff, empty sends nothing). */
export function cardInputs(card: Json): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (x: Json) => {
    if (!x || typeof x !== 'object') return;
    if (typeof x.type === 'string' && x.type.startsWith('Input.') && typeof x.id === 'string') {
      const v = x.value ?? (x.type === 'Input.Toggle' ? (x.valueOff ?? 'false') : undefined);
      if (v !== undefined && v !== '') out[x.id] = String(v);
    } else Object.values(x).forEach(walk);
  };
  walk(card);
  return out;
}

/**
 * What Teams sends when a button on the card is pressed: the action's data merged with every input on the
 * card, the ones the user filled in (`fill`) over the card's own values.
 */
export function pressData(card: Json, verb: string, fill: Record<string, string> = {}): Record<string, unknown> {
  const action = findAction(card, verb);
  if (!action) throw new Error(`no ${verb} button on ${JSON.stringify(card).slice(0, 200)}`);
  return { ...(action.data ?? {}), ...cardInputs(card), ...fill };
}

/** The ids of the inputs on a card, sorted. */
export function inputIds(card: Json): string[] {
  return allInputIds(card).sort();
}

function allInputIds(card: Json): string[] {
  const ids: string[] = [];
  const walk = (x: Json) => {
    if (!x || typeof x !== 'object') return;
    if (typeof x.type === 'string' && x.type.startsWith('Input.') && typeof x.id === 'string') ids.push(x.id);
    else Object.values(x).forEach(walk);
  };
  walk(card);
  return ids;
}

/** The two steps of the form as a person fills them: step 1's fields from `form`, Neste, step 2's fields, Vis forslag. */
export async function fillForm(
  send: (verb: string, data: Record<string, unknown>) => Promise<Json>,
  firstCard: Json,
  form: Record<string, string>,
): Promise<{ step2: Json; result: Json }> {
  // profileId stands for the deployment's municipality: a form for another one comes from a bot set up for it.
  const pick = (card: Json) => Object.fromEntries([...allInputIds(card), 'profileId'].filter((id) => id in form).map((id) => [id, form[id]]));
  const step2 = await send('avklaring.next', pressData(firstCard, 'avklaring.next', pick(firstCard)));
  if (!findAction(step2, 'avklaring.submit')) throw new Error(`step 2 expected, got ${JSON.stringify(step2).slice(0, 300)}`);
  const result = await send('avklaring.submit', pressData(step2, 'avklaring.submit', pick(step2)));
  return { step2, result };
}

/** Everything a person reads on a card: texts, labels, titles, choices, placeholders (not ids or data). */
export function visibleText(card: Json): string {
  const out: string[] = [];
  const walk = (x: Json) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    for (const key of ['text', 'label', 'title', 'placeholder', 'errorMessage', 'value']) {
      if (typeof x[key] === 'string' && !(key === 'value' && typeof x.type === 'string' && x.type !== 'Fact')) out.push(x[key]);
    }
    for (const [k, v] of Object.entries(x)) if (k !== 'data' && typeof v === 'object') walk(v);
  };
  walk(card);
  return out.join('\n');
}
