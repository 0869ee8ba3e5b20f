import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { cardVersionSchema } from '../../actions/input';
import { Locale, t, TextKey } from '../../i18n';
import type { Text } from '../../content/profiles';
import { BotDeps } from '../deps';
import { CaseMember, CaseRepository } from '../../store/cases';
import { AvklaringRepository, AvklaringDoc, AvklaringProposal, AvklaringVote } from '../../store/avklaring';
import { ReminderRepository } from '../../store/reminders';
import { ConversationRepository } from '../../store/conversations';
import { getProfile } from '../../content/profiles';
import { isMunicipalityId } from '../../content/municipalities';
import type { Meeting, Refusal, RefusalCode } from '../../domain/avklaring/meeting';
import type { AdaptiveCardJson } from '../../cards/render';
import type { CardPress, Turn } from '../../actions/types';
import { errorFields } from '../../log';
import { decidingUnit } from './recommendation';

/** What every avklaring handler uses; built once per bot from its deps (no state between turns). */
export interface AvklaringCtx {
  deps: BotDeps;
  cases: CaseRepository;
  avklaringer: AvklaringRepository;
  reminders: ReminderRepository;
  conversations: ConversationRepository;
}

export function makeCtx(deps: BotDeps): AvklaringCtx {
  return {
    deps,
    cases: new CaseRepository(deps.store, deps.logger),
    avklaringer: new AvklaringRepository(deps.store),
    reminders: new ReminderRepository(deps.store),
    conversations: new ConversationRepository(deps.store),
  };
}

export const VERBS = {
  next: 'avklaring.next',
  formBack: 'avklaring.formback',
  submit: 'avklaring.submit',
  start: 'avklaring.start',
  propose: 'avklaring.propose',
  agree: 'avklaring.agree',
  cannot: 'avklaring.cannot',
  majority: 'avklaring.majority',
  noAgreement: 'avklaring.noagreement',
  rotation: 'avklaring.rotation',
  escalate: 'avklaring.escalate',
  back: 'avklaring.back',
  refresh: 'avklaring.refresh',
  refer: 'avklaring.refer',
} as const;

export const avklaringRefSchema = z.object({ avklaringId: z.string().regex(/^[a-f0-9]{8,64}$/), cardVersion: cardVersionSchema });
/** The shared-card presses: the avklaring they are about and the card version they show, plus the card's inputs. */
export const pressSchema = avklaringRefSchema.passthrough();
export type PressInput = z.infer<typeof pressSchema>;

export function serviceName(profileId: string, serviceId: string, locale: Locale): string {
  // What ProfileId's parse checks, without a zod parse: a card names a service for every proposal and for every
  // position that agrees with one, and the parses were a sixth of binding the meeting card.
  if (!isMunicipalityId(profileId)) return serviceId;
  const def = getProfile(profileId).services.find((s) => s.id === serviceId);
  return def ? def.name[locale] : serviceId;
}

/**
 * The unit's short name for titles and buttons ("KTK" of "KTK (Kontor for tildeling og koordinering)"):
 * profiles write the abbreviation first and spell it out in brackets.
 */
export function unitShort(unit: Text, locale: Locale): string {
  return unit[locale].replace(/\s*\(.*\)\s*$/, '').trim() || unit[locale];
}

/** Dates on cards are shown as plain dates (yyyy-mm-dd → dd.mm.yyyy in nb). */
export function showDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return t(locale, 'avklaring.date', { y: y ?? '', m: m ?? '', d: d ?? '' });
}

export function serviceIdsOf(doc: Pick<AvklaringDoc, 'answers'>): string[] {
  const services = (doc.answers as { services?: { serviceId: string }[] }).services ?? [];
  return services.map((s) => s.serviceId);
}

/** The stored avklaring and its positions as the rules see them. */
export function meetingOf(doc: AvklaringDoc, positions: { votes: AvklaringVote[]; proposals: AvklaringProposal[] } = { votes: [], proposals: [] }): Meeting {
  return {
    status: doc.status,
    version: doc.version,
    participants: doc.participants,
    ...(doc.convenerId ? { convenerId: doc.convenerId } : {}),
    serviceIds: serviceIdsOf(doc),
    unitDecides: !!decidingUnit(doc),
    votes: positions.votes,
    proposals: positions.proposals,
  };
}

const REFUSAL_TEXT: Record<Exclude<RefusalCode, 'not-open' | 'stale-card' | 'unit-decides'>, TextKey> = {
  'not-participant': 'error.notMember',
  'only-convener': 'avklaring.meeting.onlyConvener',
  'unknown-proposal': 'avklaring.meeting.unknownProposal',
  'bad-proposal': 'avklaring.meeting.badInput',
  'no-majority': 'avklaring.meeting.noMajority',
  'no-unit': 'avklaring.noagree.noUnit',
  'bad-rotation': 'avklaring.noagree.badRotation',
  'bad-leader': 'avklaring.noagree.badLeader',
};

/**
 * A refusal in the presser's words. `not-open` and `stale-card` are not worded: the caller answers them with
 * the card as it is now.
 */
export function refusalText(locale: Locale, refusal: Refusal, doc: AvklaringDoc): string {
  if (refusal.code === 'unit-decides') {
    const unit = decidingUnit(doc);
    return t(locale, 'avklaring.noagree.unitDecides', { unit: unit ? unitShort(unit, locale) : '' });
  }
  if (refusal.code === 'not-open' || refusal.code === 'stale-card') return t(locale, 'error.unknownAction');
  return t(locale, REFUSAL_TEXT[refusal.code], refusal.params ?? {});
}

/**
 * The id of the activity this turn answers: a Teams re-delivery carries the same id, so it keys idempotent
 * writes. The stored address holds it (the action layer's Turn has no field of its own for it); without one a
 * fresh id keeps the press apart, as a re-delivery cannot be recognised anyway.
 */
export function activityIdOf(turn: Turn): string | undefined {
  const id = turn.reference().activityId;
  return typeof id === 'string' && id ? id : undefined;
}
export const opIdOf = (turn: Turn): string => activityIdOf(turn) ?? randomUUID();

/** The conversation roster now as case members; an empty list (and a warning) when the connector cannot give it. */
export async function rosterNow(turn: Turn): Promise<CaseMember[]> {
  try {
    return (await turn.members()).map((m) => ({ aadObjectId: m.aadObjectId, name: m.name, teamsId: m.id, role: 'professional' as const }));
  } catch (err) {
    turn.log.warn('avklaring.roster_failed', errorFields(err));
    return [];
  }
}

/** Remembers where this conversation is, so reminders and the outbox sweep can post to it later. */
export async function rememberConversation(ctx: AvklaringCtx, turn: Turn): Promise<void> {
  await ctx.conversations.save(turn.reference(), turn.place.owner, turn.locale, ctx.deps.now());
}

/**
 * Replaces the shared message the press came from with `card`, for everyone. The one place the avklaring
 * updates the shared card outside a card answer; a failure is logged and left to the card's own refresh.
 */
export async function putSharedCard(press: CardPress, card: AdaptiveCardJson): Promise<boolean> {
  if (!press.cardMessageId || press.automatic) return false;
  try {
    await press.update(press.cardMessageId, { card });
    return true;
  } catch (err) {
    press.log.warn('avklaring.shared_update_failed', errorFields(err));
    return false;
  }
}
