import { describe, it, expect, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { makeUser } from '../support/activities';
import { press, propose, proposalId, startMeeting, current } from './avklaring-helpers';
import { AvklaringRepository } from '../../src/store/avklaring';
import { MAX_PARTICIPANTS } from '../../src/bot/avklaring/recommendation';

// As many participants as one avklaringsmøte takes.
const USERS = Array.from({ length: MAX_PARTICIPANTS }, (_, i) => makeUser(700 + i, `Deltaker ${i + 1}`));

describe('avklaring under a crowd of presses (one bot)', () => {
  let h: Harness;
  afterAll(async () => {
    await h.stop();
  });
  it('answers 200 concurrent presses from 28 participants with the current card (or the clear database message) and stores each position once', async () => {
    h = await startHarness({ env: { REMINDER_POLL_SECONDS: '3600' } });
    const m = await startMeeting(h, '19:avk-load@thread.v2', USERS);
    await propose(h, m, USERS[0], 'skole-barnehage');
    await propose(h, m, USERS[1], 'fysio-ergo');
    const p = [await proposalId(h, m, 'skole-barnehage'), await proposalId(h, m, 'fysio-ergo')];
    const v = (await current(h, m)).version;
    const acts = Array.from({ length: 200 }, (_, i) => {
      const j = 2 + (i % (USERS.length - 2));
      return press(h, m, USERS[j], 'avklaring.agree', { proposalId: p[j % 2] }, v);
    });
    const t0 = Date.now();
    const results = await Promise.all(acts.map((a) => h.post(a)));
    const summary: Record<string, number> = {};
    for (const r of results) {
      const k = r.body?.type === 'application/vnd.microsoft.card.adaptive' ? 'card' : String(r.body?.value).slice(0, 40);
      summary[k] = (summary[k] ?? 0) + 1;
    }
    console.log('[avklaring-load]', JSON.stringify(summary), 'ms', Date.now() - t0, 'version', (await current(h, m)).version - v);
    for (const r of results) {
      expect(r.status).toBe(200);
      if (r.body?.type !== 'application/vnd.microsoft.card.adaptive') expect(r.body.value).toMatch(/får ikke kontakt med databasen/);
    }
    const votes = await new AvklaringRepository(h.bot.store).votes(m.owner, m.avklaringId);
    const answered = new Set(acts.filter((_, i) => results[i].body?.type === 'application/vnd.microsoft.card.adaptive').map((a) => a.from.aadObjectId));
    for (const id of answered) {
      const j = USERS.findIndex((u) => u.aadObjectId === id);
      expect(votes.find((x) => x.actorId === id)?.agreesWith).toBe(p[j % 2]);
    }
    expect(new Set(votes.map((x) => x.actorId)).size).toBe(votes.length);
    expect(answered.size).toBeGreaterThan((USERS.length - 2) * 0.75);
    expect((await current(h, m)).status).toBe('open');
  }, 120_000);
});
