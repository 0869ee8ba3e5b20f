import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Template } from 'adaptivecards-templating';
import { projectRoot } from '../paths';
import type { CardData, CardName } from './types';

export type { CardData, CardName } from './types';

/**
 * Binds the Adaptive Card templates in /cards with adaptivecards-templating. Data values are inserted as
 * text, never evaluated, so a user who types "${...}" sees exactly that.
 */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

const cache = new Map<string, Template>();

/**
 * adaptivecards-templating with adaptive-expressions and ANTLR is some 430 modules, about a fifth of loading
 * the bot: it is loaded when the first card is bound (the bot's warm-up does that right after it listens),
 * not before the bot can answer /readyz.
 */
let templateClass: typeof Template | undefined;
function templating(): typeof Template {
  return (templateClass ??= (require('adaptivecards-templating') as typeof import('adaptivecards-templating')).Template);
}

export function cardsDir(): string {
  return path.join(projectRoot(), 'cards');
}

function templateFor(name: CardName): Template {
  let tpl = cache.get(name);
  if (!tpl) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`invalid card name ${name}`);
    const json: unknown = JSON.parse(fs.readFileSync(path.join(cardsDir(), `${name}.json`), 'utf8'));
    const TemplateClass = templating();
    tpl = new TemplateClass(json);
    cache.set(name, tpl);
  }
  return tpl;
}

export function renderCard<N extends CardName>(name: N, data: CardData[N]): AdaptiveCardJson {
  const card = templateFor(name).expand({ $root: data }) as AdaptiveCardJson;
  // What a client shows where it cannot draw the card (activity feed, notifications, an older or third-party
  // client): the card's own first line, so it is already in the user's language.
  if (typeof card.fallbackText !== 'string' || !card.fallbackText) {
    const first = firstText(card.body);
    if (first) card.fallbackText = first.length > 200 ? `${first.slice(0, 199)}…` : first;
  }
  return card;
}

function firstText(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstText(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const el = node as { type?: unknown; text?: unknown; isVisible?: unknown };
  if (el.isVisible === false) return undefined;
  // A mention renders only inside the card: here it is the plain name.
  if (el.type === 'TextBlock' && typeof el.text === 'string' && el.text.trim()) return el.text.replace(/\*\*|<\/?at>/g, '').trim();
  for (const key of ['items', 'columns', 'body']) {
    const found = firstText((node as Record<string, unknown>)[key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * A card as a Bot Framework message attachment. Declared here rather than imported from botbuilder so the cards
 * stay framework-neutral; botbuilder's `Attachment` accepts this shape as it is.
 */
export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCardJson;
}

export function cardAttachment(card: AdaptiveCardJson): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
