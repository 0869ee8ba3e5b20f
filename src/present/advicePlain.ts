import type { Source } from '../content/profiles/vocabulary';
import { t as say, type Locale, type TextKey } from '../i18n';
import type { Advice, Said } from '../domain/avklaring';
import { saidIn } from './phrase';
import { citationLabel } from './sources';

/** Plain-text rendering of an advice in one language (used by the CLI; handy as a chat fallback). Its words: src/i18n `avklaring.plain.*`. */

type WordsOf<K> = K extends `avklaring.plain.${infer W}` ? W : never;
type PlainWord = WordsOf<TextKey>;

export function formatAdvice(advice: Advice, locale: Locale = 'nb'): string {
  const t = (x: Said): string => saidIn(x, locale);
  const word = (w: PlainWord): string => say(locale, `avklaring.plain.${w}`);
  const src = (s: Source): string => `(${citationLabel(s, locale)})`;
  const lines: string[] = [];
  const push = (...xs: string[]): void => {
    lines.push(...xs);
  };

  push(`${word('title')} – ${t(advice.profile.displayName)}`, '');
  push(`${word('age')}: ${t(advice.ageCheck.message)}`, `  ${src(advice.ageCheck.source)}`);
  if (!advice.ok) {
    push('', word('noAdvice'));
    return lines.join('\n') + '\n';
  }

  const { planNeeded, planType, barnekoordinator: bk, candidates, process, reminders } = advice;
  push('', `${word('planNeeded')} ${word(planNeeded.needed ? 'yes' : 'no')}`, `  ${t(planNeeded.reason)}`, `  ${src(planNeeded.source)}`);

  const role = planType.roleLabel ? ` – ${word('roleIs')} ${t(planType.roleLabel)}` : '';
  push('', `${word('planType')}: ${t(planType.name)}${role}`, `  ${t(planType.reason)}`, `  ${src(planType.source)}`);
  if (planType.decidedBy) push(`  ${word('decidedBy')}: ${t(planType.decidedBy.unit)}`);

  push('', `${word('bk')} ${word(bk.right ? 'yes' : 'no')}`, `  ${t(bk.reason)}`, `  ${src(bk.source)}`);
  if (bk.right) {
    push(`  ${word('bkHolder')}: ${t(bk.holder.text)}`);
    if (bk.holder.note) push(`  ${t(bk.holder.note)}`);
    push(`  ${src(bk.holder.source)}`);
    push(`  ${word('bkHow')}: ${t(bk.howToGet.text)}`, `  ${src(bk.howToGet.source)}`);
  }

  if (candidates.length) push('', `${word('candidates')}:`);
  for (const c of candidates) {
    const roleText = c.roleLabel ? ` · ${word('role')}: ${t(c.roleLabel)}` : '';
    push(`  ${c.rank}. ${t(c.name)} – ${say(locale, `avklaring.verdict.${c.verdict}`)}${roleText}`, `     ${t(c.reason)}`, `     ${src(c.source)}`);
  }
  // A suggestion is only made when the services need a plan among themselves; otherwise no one is named.
  if (planNeeded.code === 'plan') {
    const suggested = candidates.find((c) => c.serviceId === advice.suggestedServiceId);
    push('', `${word('suggestion')}: ${suggested ? t(suggested.name) : word('noSuggestion')}`);
  }

  const count = `${process.serviceCount} ${word(process.serviceCount === 1 ? 'service' : 'services')}`;
  push('', `${word('process')} (${count}: ${word(`process.${process.kind}`)}):`);
  process.steps.forEach((s, i) => push(`  ${i + 1}. ${t(s.text)}`, `     ${src(s.source)}`));
  if (process.ifNoAgreement) push(`  ${word('noAgreement')}: ${t(process.ifNoAgreement.text)}`, `     ${src(process.ifNoAgreement.source)}`);
  if (process.kind === 'agree-directly' || process.kind === 'avklaringsmote' || process.kind === 'nobody-wants') {
    push(`  ${word('change')}: ${t(process.changeOfCoordinator.text)}`, `     ${src(process.changeOfCoordinator.source)}`);
  }

  if (reminders.length) {
    push('', `${word('reminders')}:`);
    for (const r of reminders) push(`  - ${t(r.text)}`, `    ${src(r.source)}`);
  }
  if (advice.profile.tableNote) push('', `${word('note')}: ${t(advice.profile.tableNote)}`);
  return lines.join('\n') + '\n';
}
