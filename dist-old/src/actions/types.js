"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reply = void 0;
exports.reply = {
    card: (card, opts = {}) => ({ kind: 'card', card, updateShared: opts.updateShared ?? false }),
    message: (text) => ({ kind: 'message', text }),
};
//# sourceMappingURL=types.js.map