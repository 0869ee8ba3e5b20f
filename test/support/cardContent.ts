/** A button as the e2e tests read it off a card: Action.Execute (verb, data) or Action.OpenUrl (url). */
export interface CardAction {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
  url?: string;
}

/** Every text and title on a card, in order (what a user can read; no-break spaces read as spaces). */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text.replace(/\u00a0/g, ' '));
      if (typeof o.title === 'string') out.push(o.title);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
