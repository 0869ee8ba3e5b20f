"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadConfig = loadConfig;
const zod_1 = require("zod");
const schema_1 = require("./content/profiles/schema");
const reminders_1 = require("./domain/meetings/reminders");
/** Every environment variable the bot reads, with its default. Read once at start-up. */
const emptyToUndefined = (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = zod_1.z.preprocess(emptyToUndefined, zod_1.z.string().optional());
const port = (fallback) => zod_1.z.preprocess((v) => emptyToUndefined(v) ?? String(fallback), zod_1.z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(zod_1.z.number().int().min(0, 'must be 0–65535').max(65535, 'must be 0–65535')));
const positiveInt = (fallback, max) => zod_1.z.preprocess((v) => emptyToUndefined(v) ?? String(fallback), zod_1.z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(zod_1.z.number().int().min(1, `must be 1–${max}`).max(max, `must be 1–${max}`)));
/**
 * Ids are opaque strings compared for equality (the tenant id against every activity's): only their length and
 * the absence of spaces are checked, never a GUID shape (local clients such as the Agents Playground use others).
 */
const entraId = (message) => zod_1.z.string().regex(/^\S{1,100}$/, message);
const envSchema = zod_1.z
    .object({
    PORT: port(3978),
    HOST: zod_1.z.preprocess((v) => emptyToUndefined(v) ?? '0.0.0.0', zod_1.z.string().ip({ message: 'must be an IP address such as 0.0.0.0 or 127.0.0.1' })),
    MICROSOFT_APP_ID: zod_1.z.preprocess(emptyToUndefined, entraId("must be the bot's Entra app id, without spaces").optional()),
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TYPE: zod_1.z.preprocess((v) => emptyToUndefined(v) ?? 'MultiTenant', zod_1.z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        errorMap: () => ({ message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }),
    })),
    MICROSOFT_APP_TENANT_ID: zod_1.z.preprocess(emptyToUndefined, entraId('must be your Entra tenant id, without spaces').optional()),
    COSMOS_ENDPOINT: zod_1.z.preprocess(emptyToUndefined, zod_1.z.string().url('must be a URL such as https://myaccount.documents.azure.com:443/').optional()),
    COSMOS_KEY: optionalString,
    COSMOS_DATABASE: zod_1.z.preprocess((v) => emptyToUndefined(v) ?? 'btibot', zod_1.z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, 'may only contain letters, digits, - and _')),
    BOT_PUBLIC_URL: zod_1.z.preprocess(emptyToUndefined, zod_1.z.string().url('must be the public https URL of the bot, e.g. https://btibot.azurewebsites.net').optional()),
    EMBEDDED_DATA_DIR: zod_1.z.preprocess((v) => emptyToUndefined(v) ?? 'data', zod_1.z.string()),
    EMBEDDED_COSMOS_PORT: port(0),
    BTI_PROFILE: zod_1.z.preprocess((v) => emptyToUndefined(v) ?? 'tromso-2025', zod_1.z.enum(schema_1.PROFILE_IDS, { errorMap: () => ({ message: `must be one of ${schema_1.PROFILE_IDS.join(', ')}` }) })),
    BTI_DEFAULT_LOCALE: zod_1.z.preprocess((v) => emptyToUndefined(v) ?? 'nb', zod_1.z.enum(['nb', 'en'], { errorMap: () => ({ message: 'must be nb or en' }) })),
    MAX_CONCURRENT_TURNS: positiveInt(16, 1000),
    SHUTDOWN_GRACE_SECONDS: positiveInt(10, 120),
    CONNECTOR_TIMEOUT_SECONDS: positiveInt(10, 60),
    BOT_OPENID_METADATA_URL: zod_1.z.preprocess(emptyToUndefined, zod_1.z.string().url('must be a URL (leave it unset: the Bot Framework default is used)').optional()),
    REMINDER_BEFORE_HOURS: positiveInt(24, 24 * 14),
    REMINDER_POLL_SECONDS: positiveInt(60, 3600),
    OUTBOX_LEASE_SECONDS: positiveInt(120, 3600),
    REFERAT_FOLLOWUP_DAYS: zod_1.z.preprocess((v) => emptyToUndefined(v) ?? reminders_1.DEFAULT_REFERAT_FOLLOWUP_DAYS.join(','), reminders_1.referatFollowUpDaysSchema),
    ICS_ORGANIZER_EMAIL: zod_1.z.preprocess(emptyToUndefined, zod_1.z.string().email('must be an e-mail address, e.g. a shared no-reply mailbox').max(200).optional()),
    RETENTION_DAYS: positiveInt(365, 3650),
    LOG_LEVEL: zod_1.z.preprocess((v) => emptyToUndefined(v) ?? 'info', zod_1.z.enum(['debug', 'info', 'warn', 'error', 'silent'], { errorMap: () => ({ message: 'must be debug, info, warn, error or silent' }) })),
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
function loadConfig(env = process.env) {
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
            logLevel: e.LOG_LEVEL,
        },
    };
}
//# sourceMappingURL=config.js.map