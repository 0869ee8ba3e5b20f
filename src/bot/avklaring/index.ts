import { TurnContext } from 'botbuilder';
import type { Feature } from '../app';
import { Locale } from '../../i18n';
import { turnLocale } from '../turn';
import { AvklaringCtx, makeCtx, VERBS } from './common';
import { isAvklaringIntent } from './intents';
import { avklaringOutbox } from './outbox';
import { handleFormBack, handleNext, handleSubmit, sendForm } from './form';
import { handleAgree, handleCannot, handleMajority, handlePropose, handleRefresh, handleStart } from './meeting';
import { handleBack, handleEscalate, handleNoAgreement, handleReferral, handleRotation, handoverSender, HANDOVER_KIND } from './rotation';

type Handler = (ctx: AvklaringCtx, context: TurnContext, locale: Locale) => Promise<void>;

/**
 * "Hvem bør koordinere?": form → recommendation → shared avklaringsmøte card → decision, rotation or escalation;
 * where a unit decides (KTK), the decision is a proposal to it, or the question is sent there.
 */
export const avklaringFeature: Feature = (bot, deps) => {
  const ctx = makeCtx(deps);
  bot.router.add({
    name: 'avklaring',
    priority: 50,
    matches: isAvklaringIntent,
    handle: (context, _state, _text, locale) => sendForm(ctx, context, locale),
  });
  const routes: [string, Handler][] = [
    [VERBS.next, handleNext],
    [VERBS.formBack, handleFormBack],
    [VERBS.submit, handleSubmit],
    [VERBS.start, handleStart],
    [VERBS.propose, handlePropose],
    [VERBS.agree, handleAgree],
    [VERBS.cannot, handleCannot],
    [VERBS.majority, handleMajority],
    [VERBS.noAgreement, handleNoAgreement],
    [VERBS.rotation, handleRotation],
    [VERBS.escalate, handleEscalate],
    [VERBS.refer, handleReferral],
    [VERBS.back, handleBack],
    [VERBS.refresh, handleRefresh],
  ];
  for (const [verb, handler] of routes) {
    bot.app.adaptiveCards.actionExecute(verb, async (context) => {
      await handler(ctx, context, turnLocale(context, deps.config.defaultLocale));
      // The answer was already sent through respondWithCard/respondWithMessage; teams-ai's own reply is bypassed.
      return '';
    });
  }
  bot.reminders.register(HANDOVER_KIND, handoverSender(ctx));
  bot.outbox.register(avklaringOutbox(ctx));
};
