import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import type { GuidanceContent } from '../../content/guidance';
import {
  MELDEPLIKT_HOW,
  MELDEPLIKT_SITUATIONS,
  MELDEPLIKT_STILL_APPLIES,
  OPPMERKSOMHETSPLIKT,
  emergencyOutcome,
  nextNode,
  startMeldeplikt,
  type DecisionNode,
  type DecisionStep,
  type MeldepliktOutcome,
} from '../../domain/guidance';
import { buttonRows, CardButton, contactRows, VERBS, type DecideData } from './common';
import { dutyText, nodeHelp, nodeQuestion, outcomeLines, outcomeTitle, sourceLabel } from './texts';

/** The meldeplikt guide, the yes/no decision helper and the emergency route, as cards. */

function navButton(locale: Locale): CardButton {
  return { title: t(locale, 'guidance.outcome.navigatorButton'), verb: VERBS.nav, data: { level: 0, step: 0 } };
}

function meldepliktButton(locale: Locale, key: 'guidance.emergency.meldepliktButton' | 'guidance.decide.back'): CardButton {
  return { title: t(locale, key), verb: VERBS.meldeplikt, data: {} };
}

/** An outcome of the helper, or (emergency = true) the emergency route that answers violence/abuse first. */
export function outcomeCard(outcome: MeldepliktOutcome, content: GuidanceContent, locale: Locale, opts: { fromText?: boolean } = {}): AdaptiveCardJson {
  const emergency = outcome.emergency;
  const rows = emergency
    ? buttonRows([meldepliktButton(locale, 'guidance.emergency.meldepliktButton')])
    : buttonRows([{ title: t(locale, 'guidance.decide.restart'), verb: VERBS.decide, data: {} }, meldepliktButton(locale, 'guidance.decide.back')], [navButton(locale)]);
  return renderCard('guidance-outcome', {
    style: emergency ? 'attention' : 'default',
    title: outcomeTitle(outcome, locale),
    // Deliberately generic: the emergency card never repeats what the user wrote.
    intro: emergency && opts.fromText ? t(locale, 'guidance.emergency.intro') : '',
    lines: outcomeLines(outcome, locale).map((text) => ({ text })),
    contactsTitle: t(locale, emergency ? 'guidance.emergency.contacts' : 'guidance.outcome.contacts'),
    contacts: contactRows(content, outcome.contactIds, locale),
    attentionTitle: t(locale, 'guidance.outcome.attentionTitle'),
    attention: outcome.id === 'oppmerksomhetsplikt' ? OPPMERKSOMHETSPLIKT.map((x) => ({ text: dutyText(x, locale) })) : [],
    privacy: emergency ? t(locale, 'guidance.emergency.privacy') : '',
    source: sourceLabel(outcome.source, locale),
    rows,
  });
}

export function emergencyCard(content: GuidanceContent, locale: Locale): AdaptiveCardJson {
  return outcomeCard(emergencyOutcome(), content, locale, { fromText: true });
}

export function meldepliktCard(content: GuidanceContent, locale: Locale): AdaptiveCardJson {
  const portal = content.contacts.find((c) => c.id === 'bekymringsmelding-portal');
  return renderCard('guidance-meldeplikt', {
    title: t(locale, 'guidance.meldeplikt.title'),
    intro: t(locale, 'guidance.meldeplikt.intro'),
    situations: MELDEPLIKT_SITUATIONS.map((s, i) => ({ number: i + 1, text: dutyText(s, locale) })),
    stillTitle: t(locale, 'guidance.meldeplikt.stillTitle'),
    still: MELDEPLIKT_STILL_APPLIES.map((s) => ({ text: dutyText(s, locale) })),
    howTitle: t(locale, 'guidance.meldeplikt.howTitle'),
    how: MELDEPLIKT_HOW.map((s) => ({ text: dutyText(s, locale) })),
    contactsTitle: t(locale, 'guidance.meldeplikt.contactsTitle'),
    note: content.meldepliktNote?.text[locale] ?? '',
    contacts: contactRows(content, ['barnevernvakta', 'barneverntjenesten'], locale),
    source: sourceLabel(MELDEPLIKT_SITUATIONS[0]!.source, locale),
    decideButton: t(locale, 'guidance.meldeplikt.decideButton'),
    portalButton: t(locale, 'guidance.meldeplikt.portalButton'),
    portalUrl: portal?.link ?? '',
    attentionButton: t(locale, 'guidance.meldeplikt.attentionButton'),
  });
}

export function decisionCard(node: DecisionNode, number: number, locale: Locale, notice = ''): AdaptiveCardJson {
  const answer = (a: 'yes' | 'no'): CardButton => ({
    title: t(locale, a === 'yes' ? 'guidance.decide.yes' : 'guidance.decide.no'),
    verb: VERBS.decide,
    data: { node: node.id, answer: a, n: number },
  });
  const more: CardButton[] = number > 1 ? [{ title: t(locale, 'guidance.decide.restart'), verb: VERBS.decide, data: {} }] : [];
  more.push(meldepliktButton(locale, 'guidance.decide.back'));
  const rows = buttonRows([{ ...answer('yes'), style: 'positive' }, answer('no')], more);
  return renderCard('guidance-decision', {
    title: t(locale, 'guidance.decide.title', { number }),
    notice,
    question: nodeQuestion(node, locale),
    help: nodeHelp(node, locale),
    anonymous: t(locale, 'guidance.decide.anonymous'),
    source: sourceLabel(node.source, locale),
    rows,
  });
}

export function stepCard(step: DecisionStep, number: number, content: GuidanceContent, locale: Locale, notice = ''): AdaptiveCardJson {
  return step.kind === 'question' ? decisionCard(step.node, number, locale, notice) : outcomeCard(step.outcome, content, locale);
}

/**
 * The answer to a press of guidance.decide: no data (or `{}`) starts, `{node, answer}` moves on. A stale or
 * tampered node, or data that is not a press of ours (`undefined`), restarts with a notice.
 */
export function decideCard(data: DecideData | undefined, content: GuidanceContent, locale: Locale): AdaptiveCardJson {
  if (data && 'node' in data) {
    const next = nextNode(data.node, data.answer);
    return next ? stepCard(next, (data.n ?? 1) + 1, content, locale) : stepCard(startMeldeplikt(), 1, content, locale, t(locale, 'guidance.decide.stale'));
  }
  return stepCard(startMeldeplikt(), 1, content, locale, data ? '' : t(locale, 'guidance.decide.stale'));
}

/** What the duty of attention asks of you, from the meldeplikt card's button (no answers behind it). */
export function attentionCard(content: GuidanceContent, locale: Locale): AdaptiveCardJson {
  return renderCard('guidance-outcome', {
    style: 'default',
    title: t(locale, 'guidance.outcome.attentionTitle'),
    intro: '',
    lines: OPPMERKSOMHETSPLIKT.map((x) => ({ text: dutyText(x, locale) })),
    contactsTitle: '',
    contacts: [],
    attentionTitle: '',
    attention: [],
    privacy: '',
    source: sourceLabel(OPPMERKSOMHETSPLIKT[0]!.source, locale),
    rows: buttonRows([meldepliktButton(locale, 'guidance.decide.back'), navButton(locale)]),
  });
}
