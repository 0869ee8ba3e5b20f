"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ActionRegistry = void 0;
/**
 * What the jobs registered: card actions by verb, typed commands by priority, message-extension searches.
 * A runtime reads it once at start-up and routes its SDK's activities to these entries.
 */
class ActionRegistry {
    actions = new Map();
    commands = [];
    searches = new Map();
    action(action) {
        if (this.actions.has(action.verb))
            throw new Error(`card action ${action.verb} registered twice`);
        // Stored without its input type: the registry hands the raw data back to the same action's schema.
        this.actions.set(action.verb, action);
        return this;
    }
    text(command) {
        this.commands.push(command);
        this.commands.sort((a, b) => a.priority - b.priority);
        return this;
    }
    search(command) {
        this.searches.set(command.commandId, command);
        return this;
    }
    cardActions() {
        return [...this.actions.values()];
    }
    textCommands() {
        return this.commands;
    }
    searchCommands() {
        return [...this.searches.values()];
    }
}
exports.ActionRegistry = ActionRegistry;
//# sourceMappingURL=registry.js.map