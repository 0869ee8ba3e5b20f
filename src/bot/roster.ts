import { TeamsInfo, TurnContext } from 'botbuilder';
import type { CaseMember } from '../store/cases';

/**
 * The people in this conversation, from the Bot Connector roster. In a channel this is the team's roster.
 * Only ids and display names are used (staff, never the child).
 */
export async function conversationMembers(context: TurnContext, max = 200): Promise<CaseMember[]> {
  const members: CaseMember[] = [];
  let token: string | undefined;
  do {
    const page = await TeamsInfo.getPagedMembers(context, 100, token);
    for (const m of page.members ?? []) {
      if (m.aadObjectId) members.push({ aadObjectId: m.aadObjectId, name: m.name ?? m.aadObjectId, teamsId: m.id, role: 'professional' });
    }
    token = page.continuationToken;
  } while (token && members.length < max);
  return members.slice(0, max);
}
