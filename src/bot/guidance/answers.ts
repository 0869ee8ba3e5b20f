import { Locale, t, type TextKey } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import type { GuidanceContent } from '../../content/guidance';
import type { MeldepliktAnswer, ReportingGround } from '../../domain/guidance/meldepliktAnswers';
import { buttonRows, contactRows, VERBS } from './common';
import { dutyText, sourceLabel } from './texts';

/** Direct answers to meldeplikt questions (issue 13): the question asked first, each part with its source. */

function groundList(grounds: ReportingGround[], locale: Locale): string {
  const names = grounds.map((g) => t(locale, `guidance.ground.${g}` as TextKey));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t(locale, 'guidance.ground.and')} ${names[names.length - 1]}`;
}

export function meldepliktAnswerCard(answer: MeldepliktAnswer, content: GuidanceContent, locale: Locale): AdaptiveCardJson {
  const portal = content.contacts.find((c) => c.id === 'bekymringsmelding-portal');
  const first = answer.sections[0]!.lead;
  return renderCard('guidance-answer', {
    title: t(locale, `guidance.answer.title.${first}` as TextKey),
    groundIntro: answer.grounds.length > 0 ? t(locale, 'guidance.answer.groundIntro', { grounds: groundList(answer.grounds, locale) }) : '',
    situations: answer.situations.map((s) => ({ text: dutyText(s, locale) })),
    sections: answer.sections.map((s) => ({
      lead: t(locale, `guidance.answer.lead.${s.lead}` as TextKey),
      lines: s.lines.map((l) => ({ text: dutyText(l, locale) })),
      // The duty is personal: said under "still", where "a colleague has reported" is asked.
      extra: s.lead === 'still' ? t(locale, 'guidance.answer.lead.personal') : '',
      source: sourceLabel(s.source, locale),
    })),
    contactsTitle: t(locale, 'guidance.answer.contacts'),
    contacts: contactRows(content, answer.contactIds.filter((id) => id !== 'bekymringsmelding-portal'), locale),
    portalButton: t(locale, 'guidance.answer.portalButton'),
    portalUrl: answer.portal ? (portal?.link ?? '') : '',
    // The yes/no helper is offered, never required.
    rows: buttonRows([
      { title: t(locale, 'guidance.answer.decideButton'), verb: VERBS.decide, data: {} },
      { title: t(locale, 'guidance.answer.moreButton'), verb: VERBS.meldeplikt, data: {} },
    ]),
  });
}
