import { startHarness, type Harness, type HarnessOptions } from './botHarness';
import type { TestUser } from './activities';
import { MeetingRepository } from '../../src/store/meetings';

/** A bot for the meeting e2e files: `people` are the conversation's members, the meeting documents at hand. */
export async function startMeetingsHarness(
  conversationId: string,
  people: TestUser[],
  opts: HarnessOptions,
): Promise<{ h: Harness; meetings: MeetingRepository }> {
  const h = await startHarness(opts);
  h.connector.setRoster(conversationId, people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })));
  return { h, meetings: new MeetingRepository(h.bot.store) };
}
