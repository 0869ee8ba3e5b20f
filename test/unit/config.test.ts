import { describe, it, expect } from 'vitest';
import { loadConfig } from '../../src/config';

describe('config', () => {
  it('runs on the embedded default with an empty environment', () => {
    const r = loadConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.cosmos.mode).toBe('embedded');
    expect(r.config.port).toBe(3978);
    expect(r.config.profile).toBe('tromso-2025');
    expect(r.config.defaultLocale).toBe('nb');
    expect(r.config.bot.appId).toBeUndefined();
  });

  it('runs on teams-ai unless BOT_RUNTIME names the Teams SDK runtime, and refuses anything else clearly', () => {
    expect(loadConfig({}).ok && (loadConfig({}) as { config: { runtime: string } }).config.runtime).toBe('teams-ai');
    const sdk = loadConfig({ BOT_RUNTIME: 'teams-sdk' });
    expect(sdk.ok && sdk.config.runtime).toBe('teams-sdk');
    const bad = loadConfig({ BOT_RUNTIME: 'teams-ai-v2' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toEqual([expect.stringMatching(/^BOT_RUNTIME must be teams-ai .* or teams-sdk .*"teams-ai-v2"/)]);
  });

  it('uses Azure Cosmos DB when an endpoint is set, with managed identity when no key is given', () => {
    const r = loadConfig({ COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/' });
    expect(r.ok && r.config.cosmos).toEqual({ mode: 'azure', endpoint: 'https://acct.documents.azure.com:443/', key: undefined, database: 'btibot' });
  });

  it('gives one clear line per problem, naming the variable', () => {
    const r = loadConfig({ PORT: 'abc', MICROSOFT_APP_ID: 'not an id', BTI_PROFILE: 'oslo', COSMOS_ENDPOINT: 'nope', BTI_DEFAULT_LOCALE: 'de' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(5);
    expect(r.errors.find((e) => e.startsWith('PORT '))).toMatch(/whole number.*"abc"/);
    expect(r.errors.find((e) => e.startsWith('MICROSOFT_APP_ID '))).toMatch(/Entra app id/);
    expect(r.errors.find((e) => e.startsWith('BTI_PROFILE '))).toMatch(/tromso-2025, vestre-toten/);
    expect(r.errors.find((e) => e.startsWith('COSMOS_ENDPOINT '))).toMatch(/URL/);
    expect(r.errors.find((e) => e.startsWith('BTI_DEFAULT_LOCALE '))).toMatch(/nb or en/);
  });

  it('requires a password with an app id, and never prints secrets', () => {
    const r = loadConfig({ MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.stringMatching(/^MICROSOFT_APP_PASSWORD is required/)]);
    const k = loadConfig({ COSMOS_KEY: 'supersecret' });
    expect(k.ok).toBe(false);
    if (!k.ok) expect(k.errors.join('\n')).not.toContain('supersecret');
  });

  it('rejects out-of-range numbers', () => {
    const r = loadConfig({ PORT: '70000', REMINDER_BEFORE_HOURS: '0' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(2);
  });
});
