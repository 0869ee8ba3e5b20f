import { z } from 'zod';
import { Locale, t } from '../../i18n';
import { citationLabel } from '../../present/sources';
import {
  AUDIENCE_LABELS,
  getGuidanceContent,
  type ContactId,
  type GuidanceContent,
  type Tool,
} from '../../content/guidance';
import type { BotDeps } from '../deps';
import type { ToolView } from '../../cards/types';

/** Card verbs of the guidance job. Every card is stateless: the button data says where to go. */
export const VERBS = {
  nav: 'guidance.nav',
  meldeplikt: 'guidance.meldeplikt',
  decide: 'guidance.decide',
  attention: 'guidance.attention',
} as const;

export interface CardButton {
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'default' | 'positive';
}

/**
 * Buttons in short rows (an ActionSet each): Teams on a phone truncates a row of four buttons to "J…",
 * so related buttons share a row of at most two or three and the rest go below.
 */
export function buttonRows(...groups: CardButton[][]): { buttons: Required<CardButton>[] }[] {
  return groups.filter((g) => g.length > 0).map((g) => ({ buttons: g.map((b) => ({ ...b, style: b.style ?? 'default' })) }));
}

export const navDataSchema = z.object({ level: z.number().int().min(0).max(2), step: z.number().int().min(0).max(20) });
export const decideDataSchema = z.union([
  z.object({ node: z.string().regex(/^[a-z0-9-]{1,60}$/), answer: z.enum(['yes', 'no']), n: z.number().int().min(1).max(50).optional() }),
  // A start or restart button carries nothing of its own; the language stamped on every card's buttons is allowed.
  z.object({ locale: z.enum(['nb', 'en']).optional() }).strict(),
]);
export type DecideData = z.infer<typeof decideDataSchema>;

export function contentFor(deps: BotDeps): GuidanceContent {
  return getGuidanceContent(deps.config.profile);
}

/** Phone numbers are written with spaces ("95 19 52 40"); non-breaking ones keep a number on one line on phones. */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}

export interface ContactRow {
  name: string;
  detail: string;
}

/**
 * Who to call, from the profile. A number is shown only when the profile has one: a municipality without
 * a registered barnevernvakt number gets "kommunens barnevernvakt" and the profile's own advice, never a guess.
 */
export function contactRows(content: GuidanceContent, ids: readonly ContactId[], locale: Locale): ContactRow[] {
  const rows: ContactRow[] = [];
  for (const id of ids) {
    const c = content.contacts.find((x) => x.id === id);
    if (!c) continue;
    const name = id === 'barnevernvakta' && !c.phone ? t(locale, 'guidance.contact.bvvFallback') : c.name[locale];
    let detail: string;
    if (c.phone) detail = [`**${phoneText(c.phone)}**`, c.hours?.[locale]].filter(Boolean).join(' · ');
    else if (c.link) detail = `[${c.link.replace(/^https?:\/\//, '')}](${c.link})`;
    else if (c.email) detail = `[${c.email}](mailto:${c.email})`;
    else detail = c.description[locale];
    rows.push({ name, detail });
  }
  return rows;
}

/** "Barnevernvakta i Tromsø (95 19 52 40)" or "kommunens barnevernvakt" for the short emergency box. */
export function barnevernvaktaShort(content: GuidanceContent, locale: Locale): string {
  const c = content.contacts.find((x) => x.id === 'barnevernvakta');
  if (!c?.phone) return t(locale, 'guidance.contact.bvvFallback').toLowerCase();
  // Mid-sentence in English "Child welfare …" reads as a heading; the Norwegian name is a proper noun.
  const name = t(locale, 'guidance.contact.midSentence') === 'lower-first' ? c.name[locale].charAt(0).toLowerCase() + c.name[locale].slice(1) : c.name[locale];
  return `${name} (${phoneText(c.phone)})`;
}

export function toolView(tool: Tool, content: GuidanceContent, locale: Locale): ToolView {
  const places = tool.placements.map((p) =>
    t(locale, p.basis === 'source' ? 'guidance.tools.place' : 'guidance.tools.placeRelated', { level: p.level, step: p.stepIndex + 1 }),
  );
  for (const routeId of tool.routeIds) {
    const route = content.specialRoutes.find((r) => r.id === routeId);
    if (route) places.push(t(locale, 'guidance.tools.route', { route: route.title[locale].toLowerCase() }));
  }
  const hint = [tool.whereToFind?.[locale], content.missingLinkHint[locale]].filter(Boolean).join(' ');
  return {
    name: tool.name[locale],
    description: tool.description[locale],
    where: places.length > 0 ? t(locale, 'guidance.tools.where', { places: places.slice(0, 4).join('; ') }) : '',
    who: t(locale, 'guidance.tools.for', { who: tool.audience.map((a) => AUDIENCE_LABELS[a][locale]).join(', ') }),
    link: tool.link ?? '',
    openTitle: t(locale, 'guidance.tools.open', { name: tool.name[locale] }),
    noLink: tool.link ? '' : t(locale, 'guidance.tools.noLink', { hint }),
    source: citationLabel(tool.source, locale),
  };
}

/**
 * The tools people reach for most: the ones the source places on the most steps (source placements count
 * double), so the list follows the content instead of a hand-kept ranking.
 */
export function popularTools(content: GuidanceContent, limit: number): Tool[] {
  const weight = (tool: Tool) => tool.placements.reduce((n, p) => n + (p.basis === 'source' ? 2 : 1), 0);
  return [...content.tools]
    .filter((tool) => tool.kind === 'tool')
    .sort((a, b) => weight(b) - weight(a) || a.name.nb.localeCompare(b.name.nb, 'nb'))
    .slice(0, limit);
}
