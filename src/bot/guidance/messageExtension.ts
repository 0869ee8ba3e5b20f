import { Locale } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import type { GuidanceContent, Tool } from '../../content/guidance';
import { detectEmergency, emergencyOutcome, searchTools } from '../../domain/guidance';
import type { SearchResult } from '../../actions/types';
import { popularTools, toolView } from './common';
import { emergencyCard } from './meldeplikt';
import { outcomeLines, outcomeTitle } from './texts';

/** Teams shows at most 25 results in a search-based message extension. */
export const ME_MAX_RESULTS = 25;
export const ME_COMMAND_ID = 'searchVerktoy';

type SearchItem = SearchResult['items'][number];

export function toolCard(tool: Tool, content: GuidanceContent, locale: Locale): AdaptiveCardJson {
  return renderCard('guidance-tool', toolView(tool, content, locale));
}

function toolItem(tool: Tool, content: GuidanceContent, locale: Locale): SearchItem {
  const text = tool.description[locale];
  return { card: toolCard(tool, content, locale), preview: { title: tool.name[locale], text: text.length > 140 ? `${text.slice(0, 137)}…` : text } };
}

/** The emergency route as a result: the card the chat shows for violence or abuse, with a short preview. */
function emergencyItem(content: GuidanceContent, locale: Locale): SearchItem {
  const outcome = emergencyOutcome();
  return { card: emergencyCard(content, locale), preview: { title: outcomeTitle(outcome, locale), text: outcomeLines(outcome, locale).join(' ').slice(0, 140) } };
}

/**
 * The list result for a query; an empty query lists the most used tools. A query that speaks of violence or
 * abuse gets the emergency route as its first result, before the tools it matched (as in chat, where the
 * emergency card answers first); the tools stay, since the person may be looking for one of them too.
 */
export function searchResult(query: string, content: GuidanceContent, locale: Locale, count = ME_MAX_RESULTS, skip = 0): SearchResult {
  const take = Math.max(1, Math.min(count || ME_MAX_RESULTS, ME_MAX_RESULTS));
  const from = Math.max(0, skip);
  const q = query.trim();
  const tools = q === '' ? popularTools(content, 50) : searchTools(q, content, { limit: 50 }).map((r) => r.tool);
  const all: (() => SearchItem)[] = tools.map((tool) => () => toolItem(tool, content, locale));
  if (detectEmergency(q)) all.unshift(() => emergencyItem(content, locale));
  // Only the page asked for is rendered.
  return { items: all.slice(from, from + take).map((build) => build()) };
}
