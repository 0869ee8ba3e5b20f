import { z } from 'zod';
import { cardVersionSchema } from '../cardActions';
import { Locale, t, TextKey } from '../../i18n';
import type { Text } from '../../content/profiles';
import { BotDeps } from '../deps';
import { CaseRepository } from '../../store/cases';
import { AvklaringRepository, AvklaringDoc, AvklaringPerson } from '../../store/avklaring';
import { ReminderRepository } from '../../store/reminders';
import { ConversationRepository } from '../../store/conversations';
import { getProfile, ProfileId } from '../../content/profiles';

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

export const tx = (locale: Locale, text: Text): string => text[locale];

export function serviceName(profileId: string, serviceId: string, locale: Locale): string {
  const parsed = ProfileId.safeParse(profileId);
  if (!parsed.success) return serviceId;
  const def = getProfile(parsed.data).services.find((s) => s.id === serviceId);
  return def ? def.name[locale] : serviceId;
}

export function isParticipant(doc: AvklaringDoc, aadObjectId: string | undefined): boolean {
  return !!aadObjectId && doc.participants.some((p) => p.aadObjectId === aadObjectId);
}

export function participant(doc: AvklaringDoc, aadObjectId: string | undefined): AvklaringPerson | undefined {
  return doc.participants.find((p) => p.aadObjectId === aadObjectId);
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
  return locale === 'nb' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`;
}

export function txt(locale: Locale, key: TextKey, params?: Record<string, string | number>): string {
  return t(locale, key, params);
}
