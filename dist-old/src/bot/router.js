"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntentRouter = void 0;
exports.normalizeText = normalizeText;
/** Lower-case, trimmed, with the bot mention and trailing punctuation gone: what intents match on. */
function normalizeText(text) {
    return text
        .replace(/<at>[^<]*<\/at>/gi, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase()
        .replace(/[.!?]+$/, '')
        .trim();
}
class IntentRouter {
    intents = [];
    add(intent) {
        this.intents.push(intent);
        this.intents.sort((a, b) => a.priority - b.priority);
        return this;
    }
    find(text) {
        const normalized = normalizeText(text);
        return this.intents.find((i) => i.matches(normalized));
    }
    /** A job's intent by name, so a free-text or button route can run it as if its command was typed. */
    get(name) {
        return this.intents.find((i) => i.name === name);
    }
    names() {
        return this.intents.map((i) => i.name);
    }
}
exports.IntentRouter = IntentRouter;
//# sourceMappingURL=router.js.map