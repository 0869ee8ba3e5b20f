import * as fs from 'node:fs';
import * as path from 'node:path';
import { Template } from 'adaptivecards-templating';
import type { Attachment } from 'botbuilder';
import { projectRoot } from '../paths';

/**
 * Binds the Adaptive Card templates in /cards with adaptivecards-templating. Data values are inserted as
 * text, never evaluated, so a user who types "${...}" sees exactly that.
 */
export type CardName = string;
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

const cache = new Map<string, Template>();

export function cardsDir(): string {
  return path.join(projectRoot(), 'cards');
}

function templateFor(name: CardName): Template {
  let tpl = cache.get(name);
  if (!tpl) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`invalid card name ${name}`);
    const json: unknown = JSON.parse(fs.readFileSync(path.join(cardsDir(), `${name}.json`), 'utf8'));
    tpl = new Template(json);
    cache.set(name, tpl);
  }
  return tpl;
}

export function renderCard(name: CardName, data: object): AdaptiveCardJson {
  const card = templateFor(name).expand({ $root: data }) as AdaptiveCardJson;
  return card;
}

export function cardAttachment(card: AdaptiveCardJson): Attachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
