import type { Mention, OutMessage } from '../actions/types';

export interface Person {
  name: string;
  teamsId?: string;
}

/**
 * A text message that @mentions people who have a Teams id; the others are named in plain text. Each `{token}`
 * in `text` becomes its people's names, so the text reads well wherever a mention cannot render.
 */
export function mentionMessage(text: string, groups: Record<string, Person[]>): OutMessage {
  const mentions: Mention[] = [];
  const filled = new Map<string, string>();
  for (const [token, people] of Object.entries(groups)) {
    const parts = people.map((p) => {
      if (!p.teamsId) return p.name;
      mentions.push({ id: p.teamsId, name: p.name });
      return `<at>${p.name}</at>`;
    });
    filled.set(token, parts.join(', '));
  }
  // One pass, so a name that happens to look like a token is never replaced itself.
  return { text: text.replace(/\{\w+\}/g, (token) => filled.get(token) ?? token), mentions };
}
