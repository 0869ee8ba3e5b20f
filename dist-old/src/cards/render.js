"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.cardsDir = cardsDir;
exports.renderCard = renderCard;
exports.cardAttachment = cardAttachment;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const adaptivecards_templating_1 = require("adaptivecards-templating");
const paths_1 = require("../paths");
const cache = new Map();
function cardsDir() {
    return path.join((0, paths_1.projectRoot)(), 'cards');
}
function templateFor(name) {
    let tpl = cache.get(name);
    if (!tpl) {
        if (!/^[a-z0-9-]+$/.test(name))
            throw new Error(`invalid card name ${name}`);
        const json = JSON.parse(fs.readFileSync(path.join(cardsDir(), `${name}.json`), 'utf8'));
        tpl = new adaptivecards_templating_1.Template(json);
        cache.set(name, tpl);
    }
    return tpl;
}
function renderCard(name, data) {
    const card = templateFor(name).expand({ $root: data });
    // What a client shows where it cannot draw the card (activity feed, notifications, an older or third-party
    // client): the card's own first line, so it is already in the user's language.
    if (typeof card.fallbackText !== 'string' || !card.fallbackText) {
        const first = firstText(card.body);
        if (first)
            card.fallbackText = first.length > 200 ? `${first.slice(0, 199)}…` : first;
    }
    return card;
}
function firstText(node) {
    if (Array.isArray(node)) {
        for (const item of node) {
            const found = firstText(item);
            if (found)
                return found;
        }
        return undefined;
    }
    if (!node || typeof node !== 'object')
        return undefined;
    const el = node;
    if (el.isVisible === false)
        return undefined;
    // A mention renders only inside the card: here it is the plain name.
    if (el.type === 'TextBlock' && typeof el.text === 'string' && el.text.trim())
        return el.text.replace(/\*\*|<\/?at>/g, '').trim();
    for (const key of ['items', 'columns', 'body']) {
        const found = firstText(node[key]);
        if (found)
            return found;
    }
    return undefined;
}
function cardAttachment(card) {
    return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
//# sourceMappingURL=render.js.map