import type { Feature } from '../host';
import type { CardPress, Reply } from '../../actions/types';
import { AvklaringCtx, makeCtx, pressSchema, PressInput, VERBS } from './common';
import { isAvklaringIntent } from './intents';
import { avklaringOutbox } from './outbox';
import { FormInput, formSchema, handleFormBack, handleNext, handleSubmit, sendForm } from './form';
import { handleAgree, handleCannot, handleMajority, handlePropose, handleStart, refresh } from './meeting';
import { handleBack, handleEscalate, handleNoAgreement, handleReferral, handleRotation, handoverSender, HANDOVER_KIND } from './rotation';

type Handler<I> = (ctx: AvklaringCtx, input: I, press: CardPress) => Promise<Reply>;

/**
 * "Hvem bør koordinere?": form → recommendation → shared avklaringsmøte card → decision, rotation or escalation;
 * where a unit decides (KTK), the decision is a proposal to it, or the question is sent there.
 */
export const avklaringFeature: Feature = (bot, deps) => {
  const ctx = makeCtx(deps);
  bot.jobs.text({ name: 'avklaring', priority: 50, matches: isAvklaringIntent, run: (text, turn) => sendForm(ctx, turn, text) });

  // The form's two steps: their answers travel in the card data, each field checked by the handler.
  const formPresses: [string, Handler<FormInput>][] = [
    [VERBS.next, handleNext],
    [VERBS.formBack, handleFormBack],
    [VERBS.submit, handleSubmit],
  ];
  for (const [verb, run] of formPresses) bot.jobs.action({ verb, input: formSchema, run: (input, press) => run(ctx, input, press) });

  // Presses on the recommendation and the shared meeting card: each names the avklaring and the card version it shows.
  const meetingPresses: [string, Handler<PressInput>][] = [
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
    [VERBS.refresh, refresh],
  ];
  for (const [verb, run] of meetingPresses) bot.jobs.action({ verb, input: pressSchema, run: (input, press) => run(ctx, input, press) });

  bot.reminders.register(HANDOVER_KIND, handoverSender(ctx));
  bot.outbox.register(avklaringOutbox(ctx));
};
