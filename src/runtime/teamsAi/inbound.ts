import type { Activity } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Bot } from './app';
import { TURN_SLOT_KEY } from './turnContext';
import type { Inbound } from '../inbound';

/** The teams-ai runtime's door: botbuilder checks the token (src/runtime/teamsAi/botAdapter.ts) and runs the turn. */
export function teamsAiInbound(bot: Bot): Inbound<AuthenticateRequestResult> {
  return {
    authenticate: (activity, authHeader) => bot.adapter.authenticate(activity as unknown as Activity, authHeader),
    async process(auth, wire, slot) {
      const activity = wire as unknown as Activity;
      // As botbuilder's own request handler does: ISO timestamps become Dates, the text kept as raw<Name>.
      const fields = activity as unknown as Record<string, unknown>;
      for (const [key, rawKey] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
        const raw = fields[key];
        if (typeof raw === 'string') {
          fields[rawKey] = raw;
          fields[key] = new Date(raw);
        }
      }
      return bot.adapter.processAuthenticated(auth, activity, (context) => {
        if (slot) context.turnState.set(TURN_SLOT_KEY, slot);
        return bot.run(context);
      });
    },
  };
}
