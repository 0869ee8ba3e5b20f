import { Locale, t, type TextKey } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import type { GuidanceContent } from '../../content/guidance';
import { searchTools } from '../../domain/guidance';
import { factsFor, type FactTopic } from '../../domain/guidance/facts';
import { citationLabel } from '../../present/sources';
import { getMunicipality } from '../../content/municipalities';
import { buttonRows, CardButton, popularTools, toolView, VERBS } from './common';

/** The verktøy search answer in chat: ranked tools, or a friendly "nothing found" that offers the navigator. */

export const CHAT_RESULTS = 5;
/** Tools shown under a rule's facts: the facts answer the question, the tools are the way on. */
const WITH_FACTS_RESULTS = 3;

function navigatorButton(locale: Locale): CardButton {
  return { title: t(locale, 'guidance.tools.navigatorButton'), verb: VERBS.nav, data: { level: 0, step: 0 } };
}

/**
 * A topic's facts as the card shows them: the facts in order, then each source they rest on once. Only facts
 * from the municipality's own documents: another municipality's form is not cited to its staff.
 */
function factView(topic: FactTopic | undefined, content: GuidanceContent, locale: Locale) {
  const own = getMunicipality(content.profileId).sources;
  const facts = topic ? factsFor(topic).filter((f) => own.includes(f.source.doc)) : [];
  if (facts.length === 0) return { facts: [], factSources: [], hasFacts: false };
  const sources = [...new Set(facts.map((f) => citationLabel(f.source, locale)))];
  return {
    facts: facts.map((f) => ({ text: t(locale, f.code as TextKey) })),
    factSources: sources.map((text) => ({ text })),
    hasFacts: true,
  };
}

/**
 * The tools for a search. With a fact topic (a question about a rule: how often to meet, who consents), the
 * rule comes first, in short facts with their sources, and the tools follow, fewer of them, so the answer
 * still fits a chat.
 */
export function toolsCard(query: string, content: GuidanceContent, locale: Locale, topic?: FactTopic): AdaptiveCardJson {
  const q = query.trim();
  const facts = factView(topic, content, locale);
  if (q === '') {
    return renderCard('guidance-tools', {
      title: t(locale, 'guidance.tools.popularTitle'),
      ...facts,
      intro: t(locale, 'guidance.tools.popularIntro'),
      tools: popularTools(content, CHAT_RESULTS).map((tool) => toolView(tool, content, locale)),
      rows: buttonRows([navigatorButton(locale)]),
    });
  }
  const results = searchTools(q, content, { limit: facts.hasFacts ? WITH_FACTS_RESULTS : CHAT_RESULTS });
  // The query is shown back shortened: it is the user's own search words, not case details.
  const shown = q.length > 60 ? `${q.slice(0, 57)}…` : q;
  if (topic && facts.hasFacts) {
    return renderCard('guidance-tools', {
      title: t(locale, `guidance.facts.title.${topic}` as TextKey),
      ...facts,
      intro: results.length > 0 ? t(locale, 'guidance.facts.toolsIntro', { count: results.length }) : '',
      tools: results.map((r) => toolView(r.tool, content, locale)),
      rows: buttonRows([navigatorButton(locale)]),
    });
  }
  if (results.length === 0) {
    return renderCard('guidance-tools', {
      title: t(locale, 'guidance.tools.noneTitle'),
      ...facts,
      intro: t(locale, 'guidance.tools.none', { query: shown }),
      tools: [],
      rows: buttonRows([navigatorButton(locale)]),
    });
  }
  return renderCard('guidance-tools', {
    title: t(locale, 'guidance.tools.title', { query: shown }),
    ...facts,
    intro: t(locale, 'guidance.tools.count', { count: results.length }),
    tools: results.map((r) => toolView(r.tool, content, locale)),
    rows: buttonRows([navigatorButton(locale)]),
  });
}
