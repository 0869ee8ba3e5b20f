import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, executeActivity, makeUser, TENANT_ID } from '../support/activities';
import { CaseRepository } from '../../src/store/cases';

const OTHER_TENANT = '99999999-0000-4000-8000-000000000009';
const user = makeUser(11);
const CONV = '19:tenant@thread.v2';

describe('a bot set up for one tenant', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { MICROSOFT_APP_TENANT_ID: TENANT_ID } });
    await new CaseRepository(h.bot.store).create(`conv:${CONV}`, {
      ref: 'BTI-2026-0007',
      profileId: 'tromso-2025',
      createdAt: '2026-11-01T10:00:00Z',
      createdBy: user.aadObjectId,
      members: [{ aadObjectId: user.aadObjectId, name: user.name, role: 'professional' }],
    });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('serves its own tenant', async () => {
    h.connector.clear();
    await h.post(messageActivity({ serviceUrl: h.connector.url, conversationId: CONV }, user, 'saker'));
    expect(JSON.stringify(h.connector.cards(CONV)[0])).toContain('BTI-2026-0007');
  });

  it('refuses messages and card actions from another tenant, even with a member id, and changes nothing', async () => {
    h.connector.clear();
    const opts = { serviceUrl: h.connector.url, conversationId: CONV, tenantId: OTHER_TENANT };
    await h.post(messageActivity(opts, user, 'saker'));
    const sent = h.connector.sent(CONV);
    expect(sent).toHaveLength(1);
    expect(sent[0].body.text).toMatch(/satt opp for en annen organisasjon/);
    expect(JSON.stringify(sent)).not.toContain('BTI-2026-0007');
    const res = await h.post(executeActivity(opts, user, 'case.delete', { caseRef: 'BTI-2026-0007', confirm: true }, 'card-1'));
    expect(res.body.value).toMatch(/satt opp for en annen organisasjon/);
    expect(await new CaseRepository(h.bot.store).get(`conv:${CONV}`, 'BTI-2026-0007')).toBeDefined();
  });
});
