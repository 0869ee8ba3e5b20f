import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import type { GuidanceContent } from '../../content/guidance';
import { searchTools } from '../../domain/guidance';
import { buttonRows, CardButton, popularTools, toolView, VERBS } from './common';

/** The verktøy search answer in chat: ranked tools, or a friendly "nothing found" that offers the navigator. */

export const CHAT_RESULTS = 5;

function navigatorButton(locale: Locale): CardButton {
  return { title: t(locale, 'guidance.tools.navigatorButton'), verb: VERBS.nav, data: { level: 0, step: 0 } };
}

export function toolsCard(query: string, content: GuidanceContent, locale: Locale): AdaptiveCardJson {
  const q = query.trim();
  if (q === '') {
    return renderCard('guidance-tools', {
      title: t(locale, 'guidance.tools.popularTitle'),
      intro: t(locale, 'guidance.tools.popularIntro'),
      tools: popularTools(content, CHAT_RESULTS).map((tool) => toolView(tool, content, locale)),
      rows: buttonRows([navigatorButton(locale)]),
    });
  }
  const results = searchTools(q, content, { limit: CHAT_RESULTS });
  // The query is shown back shortened: it is the user's own search words, not case details.
  const shown = q.length > 60 ? `${q.slice(0, 57)}…` : q;
  if (results.length === 0) {
    return renderCard('guidance-tools', {
      title: t(locale, 'guidance.tools.noneTitle'),
      intro: t(locale, 'guidance.tools.none', { query: shown }),
      tools: [],
      rows: buttonRows([navigatorButton(locale)]),
    });
  }
  return renderCard('guidance-tools', {
    title: t(locale, 'guidance.tools.title', { query: shown }),
    intro: t(locale, 'guidance.tools.count', { count: results.length }),
    tools: results.map((r) => toolView(r.tool, content, locale)),
    rows: buttonRows([navigatorButton(locale)]),
  });
}
