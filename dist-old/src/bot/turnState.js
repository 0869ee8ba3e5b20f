"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BotTurnState = void 0;
const teams_ai_1 = require("@microsoft/teams-ai");
/**
 * teams-ai turn state, held in memory for the turn only. No job keeps anything in teams-ai's conversation or
 * user state: every job stores its own documents (cases, votes, the language choice) with ETags, and a card
 * action carries its own ids. Loading and saving the stored scopes cost two store reads (and often a write)
 * on every turn, and at a help turn or a compose-box search that was most of the turn's work, so the stored
 * scopes are never read or written: a job that wants to remember something keeps it in its own document.
 */
class BotTurnState extends teams_ai_1.TurnState {
    load(context, _storage) {
        return super.load(context, undefined);
    }
    save(context, _storage) {
        return super.save(context, undefined);
    }
}
exports.BotTurnState = BotTurnState;
//# sourceMappingURL=turnState.js.map