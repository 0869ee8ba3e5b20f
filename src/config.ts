import { z } from 'zod';
import { DEFAULT_MUNICIPALITY_ID, isMunicipalityId, municipalityIds, type MunicipalityId } from './content/municipalities';
import { DEFAULT_REFERAT_FOLLOWUP_DAYS, referatFollowUpDaysSchema } from './domain/meetings/reminders';

/** Every environment variable the bot reads, with its default. Read once at start-up. */

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const port = (fallback: number) =>
  z.preprocess(
    (v) => emptyToUndefined(v) ?? String(fallback),
    z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(
      z.number().int().min(0, 'must be 0–65535').max(65535, 'must be 0–65535'),
    ),
  );
const positiveInt = (fallback: number, max: number) =>
  z.preprocess(
    (v) => emptyToUndefined(v) ?? String(fallback),
    z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(
      z.number().int().min(1, `must be 1–${max}`).max(max, `must be 1–${max}`),
    ),
  );

/**
 * Ids are opaque strings compared for equality (the tenant id against every activity's): only their length and
 * the absence of spaces are checked, never a GUID shape (local clients such as the Agents Playground use others).
 */
const entraId = (message: string) => z.string().regex(/^\S{1,100}$/, message);

const envSchema = z
  .object({
    PORT: port(3978),
    HOST: z.preprocess((v) => emptyToUndefined(v) ?? '0.0.0.0', z.string().ip({ message: 'must be an IP address such as 0.0.0.0 or 127.0.0.1' })),
    MICROSOFT_APP_ID: z.preprocess(emptyToUndefined, entraId("must be the bot's Entra app id, without spaces").optional()),
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TYPE: z.preprocess(
      (v) => emptyToUndefined(v) ?? 'MultiTenant',
      z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        errorMap: () => ({ message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }),
      }),
    ),
    MICROSOFT_APP_TENANT_ID: z.preprocess(emptyToUndefined, entraId('must be your Entra tenant id, without spaces').optional()),
    COSMOS_ENDPOINT: z.preprocess(emptyToUndefined, z.string().url('must be a URL such as https://myaccount.documents.azure.com:443/').optional()),
    COSMOS_KEY: optionalString,
    COSMOS_DATABASE: z.preprocess(
      (v) => emptyToUndefined(v) ?? 'btibot',
      z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, 'may only contain letters, digits, - and _'),
    ),
    BOT_PUBLIC_URL: z.preprocess(emptyToUndefined, z.string().url('must be the public https URL of the bot, e.g. https://btibot.azurewebsites.net').optional()),
    EMBEDDED_DATA_DIR: z.preprocess((v) => emptyToUndefined(v) ?? 'data', z.string()),
    EMBEDDED_COSMOS_PORT: port(0),
    BTI_PROFILE: z.preprocess(
      (v) => emptyToUndefined(v) ?? DEFAULT_MUNICIPALITY_ID,
      // The registry is read when parsing, so a municipality registered after load (a test's copy) is accepted.
      z.string().refine(isMunicipalityId, () => ({ message: `must be one of ${municipalityIds().join(', ')}` })),
    ),
    BTI_DEFAULT_LOCALE: z.preprocess(
      (v) => emptyToUndefined(v) ?? 'nb',
      z.enum(['nb', 'en'], { errorMap: () => ({ message: 'must be nb or en' }) }),
    ),
    MAX_CONCURRENT_TURNS: positiveInt(16, 1000),
    SHUTDOWN_GRACE_SECONDS: positiveInt(10, 120),
    CONNECTOR_TIMEOUT_SECONDS: positiveInt(10, 60),
    BOT_OPENID_METADATA_URL: z.preprocess(emptyToUndefined, z.string().url('must be a URL (leave it unset: the Bot Framework default is used)').optional()),
    REMINDER_BEFORE_HOURS: positiveInt(24, 24 * 14),
    REMINDER_POLL_SECONDS: positiveInt(60, 3600),
    OUTBOX_LEASE_SECONDS: positiveInt(120, 3600),
    REFERAT_FOLLOWUP_DAYS: z.preprocess((v) => emptyToUndefined(v) ?? DEFAULT_REFERAT_FOLLOWUP_DAYS.join(','), referatFollowUpDaysSchema),
    ICS_ORGANIZER_EMAIL: z.preprocess(emptyToUndefined, z.string().email('must be an e-mail address, e.g. a shared no-reply mailbox').max(200).optional()),
    RETENTION_DAYS: positiveInt(365, 3650),
    BOT_RUNTIME: z.preprocess(
      (v) => emptyToUndefined(v) ?? 'teams-ai',
      z.enum(['teams-ai', 'teams-sdk'], { errorMap: () => ({ message: 'must be teams-ai (botbuilder 4 + Teams AI v1, the default) or teams-sdk (@microsoft/teams.apps 2.0)' }) }),
    ),
    LOG_LEVEL: z.preprocess(
      (v) => emptyToUndefined(v) ?? 'info',
      z.enum(['debug', 'info', 'warn', 'error', 'silent'], { errorMap: () => ({ message: 'must be debug, info, warn, error or silent' }) }),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.MICROSOFT_APP_ID && env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !env.MICROSOFT_APP_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_PASSWORD'], message: 'is required when MICROSOFT_APP_ID is set (or set MICROSOFT_APP_TYPE=UserAssignedMSI)' });
    }
    if (env.MICROSOFT_APP_PASSWORD && !env.MICROSOFT_APP_ID) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_ID'], message: 'is required when MICROSOFT_APP_PASSWORD is set' });
    }
    if (env.MICROSOFT_APP_TYPE !== 'MultiTenant' && env.MICROSOFT_APP_ID && !env.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_TENANT_ID'], message: `is required when MICROSOFT_APP_TYPE is ${env.MICROSOFT_APP_TYPE}` });
    }
    if (env.COSMOS_KEY && !env.COSMOS_ENDPOINT) {
      ctx.addIssue({ code: 'custom', path: ['COSMOS_ENDPOINT'], message: 'is required when COSMOS_KEY is set' });
    }
  });


export interface AppConfig {
  port: number;
  host: string;
  /** Where people reach the bot's own HTTP routes (calendar files); defaults to http://localhost:PORT. */
  publicUrl: string;
  bot: {
    appId?: string;
    appPassword?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
    /** Where inbound tokens' signing keys are published; unset = the public Bot Framework (BOT_OPENID_METADATA_URL). */
    openIdMetadataUrl?: string;
    /** Longest wait for one call to Teams (CONNECTOR_TIMEOUT_SECONDS). */
    connectorTimeoutMs: number;
  };
  cosmos:
    | { mode: 'azure'; endpoint: string; key?: string; database: string }
    | { mode: 'embedded'; dataDir: string; port: number; database: string };
  profile: MunicipalityId;
  /** Turns run at once per instance; more wait in line (see src/turnLimiter.ts). */
  maxConcurrentTurns: number;
  /** On SIGTERM/SIGINT, how long running turns may take to finish before the process exits anyway. */
  shutdownGraceSeconds: number;
  defaultLocale: 'nb' | 'en';
  reminderBeforeHours: number;
  reminderPollSeconds: number;
  /**
   * How long one turn or instance may work on a command's unfinished steps before another may take them over
   * (OUTBOX_LEASE_SECONDS); the background sweep runs with the reminder poll.
   */
  outboxLeaseSeconds: number;
  /** Days after a meeting the referat writer is reminded; the last one goes to the coordinator (REFERAT_FOLLOWUP_DAYS). */
  referatFollowUpDays: number[];
  /** Shared, non-personal mailbox named as ORGANIZER in .ics files; unset means no ORGANIZER (ICS_ORGANIZER_EMAIL). */
  icsOrganizerEmail?: string;
  retentionDays: number;
  /**
   * Which Teams SDK carries the turns (BOT_RUNTIME): botbuilder 4 + Teams AI v1 (src/runtime/teamsAi), or the
   * Teams SDK 2 (@microsoft/teams.apps, src/runtime/teamsSdk). The jobs, the store and the wire format are the same.
   */
  runtime: 'teams-ai' | 'teams-sdk';
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; errors: string[] };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const raw = env[name];
      const shown = raw === undefined || /PASSWORD|KEY/.test(name) ? '' : ` (got "${raw.slice(0, 60)}")`;
      return `${name} ${issue.message}${shown}`;
    });
    return { ok: false, errors };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      publicUrl: (e.BOT_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
      bot: {
        appId: e.MICROSOFT_APP_ID,
        appPassword: e.MICROSOFT_APP_PASSWORD,
        appType: e.MICROSOFT_APP_TYPE,
        tenantId: e.MICROSOFT_APP_TENANT_ID,
        openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
        connectorTimeoutMs: e.CONNECTOR_TIMEOUT_SECONDS * 1000,
      },
      cosmos: e.COSMOS_ENDPOINT
        ? { mode: 'azure', endpoint: e.COSMOS_ENDPOINT, key: e.COSMOS_KEY, database: e.COSMOS_DATABASE }
        : { mode: 'embedded', dataDir: e.EMBEDDED_DATA_DIR, port: e.EMBEDDED_COSMOS_PORT, database: e.COSMOS_DATABASE },
      profile: e.BTI_PROFILE,
      maxConcurrentTurns: e.MAX_CONCURRENT_TURNS,
      shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
      defaultLocale: e.BTI_DEFAULT_LOCALE,
      reminderBeforeHours: e.REMINDER_BEFORE_HOURS,
      reminderPollSeconds: e.REMINDER_POLL_SECONDS,
      outboxLeaseSeconds: e.OUTBOX_LEASE_SECONDS,
      referatFollowUpDays: e.REFERAT_FOLLOWUP_DAYS,
      icsOrganizerEmail: e.ICS_ORGANIZER_EMAIL,
      retentionDays: e.RETENTION_DAYS,
      runtime: e.BOT_RUNTIME,
      logLevel: e.LOG_LEVEL,
    },
  };
}
