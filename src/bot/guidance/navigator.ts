import { Locale, t } from '../../i18n';
import { citationLabel } from '../../present/sources';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import type { GuidanceContent, Tool } from '../../content/guidance';
import { getLevel, getStep } from '../../domain/guidance';
import { barnevernvaktaShort, buttonRows, CardButton, VERBS } from './common';

/**
 * The BTI level navigator: one step of one level per card. Stateless: every button carries level and step,
 * and the answer replaces only the presser's view.
 */

function toolLine(tool: Tool, locale: Locale): { text: string } {
  const name = tool.name[locale];
  return { text: tool.link ? `[${name}](${tool.link})` : name };
}

/** The card for `level`/`stepIndex`; out-of-range values show level 0, step 1. */
export function navigatorCard(content: GuidanceContent, level: number, stepIndex: number, locale: Locale): AdaptiveCardJson {
  const view = getStep(level, stepIndex, content) ?? getStep(0, 0, content)!;
  const levelView = getLevel(view.level, content)!;
  const steps: CardButton[] = [];
  const elsewhere: CardButton[] = [];
  if (view.previous) steps.push({ title: t(locale, 'guidance.nav.previous'), verb: VERBS.nav, data: { level: view.previous.level, step: view.previous.stepIndex } });
  if (view.next) steps.push({ title: t(locale, 'guidance.nav.next'), verb: VERBS.nav, data: { level: view.next.level, step: view.next.stepIndex } });
  for (const other of levelView.otherLevels) {
    elsewhere.push({ title: t(locale, 'guidance.nav.gotoLevel', { level: other.level }), verb: VERBS.nav, data: { level: other.level, step: 0 } });
  }
  if (view.linksToMeldeplikt) elsewhere.push({ title: t(locale, 'guidance.nav.meldeplikt'), verb: VERBS.meldeplikt, data: {} });

  return renderCard('guidance-navigator', {
    emergencyTitle: t(locale, 'guidance.nav.emergencyTitle'),
    emergencyText: t(locale, 'guidance.nav.emergencyBox', { bvv: barnevernvaktaShort(content, locale) }),
    levelTitle: levelView.title[locale],
    summary: levelView.summary[locale],
    stepsTitle: t(locale, 'guidance.nav.steps'),
    steps: levelView.steps.map((s) => ({
      label: `${s.stepIndex === view.stepIndex ? '▸ ' : ''}${s.number}. ${s.title[locale]}`,
      weight: s.stepIndex === view.stepIndex ? 'Bolder' : 'Default',
    })),
    stepHeading: t(locale, 'guidance.nav.stepOf', { number: view.number, total: view.total, title: view.step.title[locale] }),
    whatToDoTitle: t(locale, 'guidance.nav.whatToDo'),
    whatToDo: view.step.whatToDo.map((line) => ({ text: line[locale] })),
    questionsTitle: t(locale, 'guidance.nav.questions'),
    // The questions already say where they lead; the buttons below take you there.
    questions: view.step.supportQuestions.map((q) => ({ text: q.text[locale] })),
    toolsTitle: t(locale, 'guidance.nav.tools'),
    noTools: t(locale, 'guidance.nav.noTools'),
    tools: view.tools.map((tool) => toolLine(tool, locale)),
    relatedTitle: t(locale, 'guidance.nav.related'),
    related: view.relatedTools.map((tool) => toolLine(tool, locale)),
    routesTitle: t(locale, 'guidance.nav.routes'),
    // The emergency route is already the box at the top of every navigator card.
    routes: view.routes
      .filter((r) => !r.emergency)
      .map((r) => ({ title: r.title[locale], text: [r.when[locale], ...r.whatToDo.map((w) => w[locale])].join(' ') })),
    source: citationLabel(view.step.source, locale),
    rows: buttonRows(steps, elsewhere),
  });
}
