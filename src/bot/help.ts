import { TurnContext } from 'botbuilder';
import { Locale, t } from '../i18n';
import { renderCard } from '../cards/render';
import { replyWithCard } from './turn';

export function helpCard(locale: Locale) {
  const job = (prefix: 'avklaring' | 'meetings' | 'referat' | 'guidance') => ({
    title: t(locale, `help.${prefix}.title`),
    text: t(locale, `help.${prefix}.text`),
    command: t(locale, `help.${prefix}.command`),
  });
  return renderCard('help', {
    title: t(locale, 'help.title'),
    intro: t(locale, 'help.intro'),
    jobs: [job('avklaring'), job('meetings'), job('referat'), job('guidance')],
    privacy: t(locale, 'help.privacy'),
  });
}

export function welcomeCard(locale: Locale) {
  return renderCard('welcome', {
    title: t(locale, 'welcome.title'),
    intro: t(locale, 'welcome.intro'),
    privacy: t(locale, 'welcome.privacy'),
    start: t(locale, 'welcome.start'),
    helpButton: locale === 'en' ? 'help' : 'hjelp',
    helpCommand: locale === 'en' ? 'help' : 'hjelp',
  });
}

export async function sendHelp(context: TurnContext, locale: Locale): Promise<void> {
  await replyWithCard(context, helpCard(locale));
}
