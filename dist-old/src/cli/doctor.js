"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const config_1 = require("../config");
const log_1 = require("../log");
const cosmos_1 = require("../store/cosmos");
const containers_1 = require("../store/containers");
const paths_1 = require("../paths");
async function main() {
    const checks = [];
    const args = process.argv.slice(2);
    // Same as `npm run package -- --env NAME`: check the manifest with appPackage/env/.env.NAME.
    const envName = args[0] === '--env' ? args[1] : undefined;
    if (args.length && (!envName || args.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(envName))) {
        process.stderr.write('usage: npm run doctor [-- --env NAME]   (NAME: a file appPackage/env/.env.NAME, e.g. prod)\n');
        return 2;
    }
    const envFile = envName ? path.join((0, paths_1.projectRoot)(), 'appPackage', 'env', `.env.${envName}`) : undefined;
    const result = (0, config_1.loadConfig)(process.env);
    if (!result.ok) {
        checks.push({ name: 'configuration', ok: false, detail: result.errors.join('; ') });
        return report(checks);
    }
    const config = result.config;
    checks.push({
        name: 'configuration',
        ok: true,
        detail: `profile ${config.profile}, store ${config.cosmos.mode}, bot auth ${config.bot.appId ? `${config.bot.appType} app ${config.bot.appId}` : 'OFF (local only: set MICROSOFT_APP_ID before exposing the bot)'}`,
    });
    if (!config.bot.appId)
        checks.push({ name: 'bot authentication', ok: process.env.NODE_ENV !== 'production', detail: 'no MICROSOFT_APP_ID: anyone who reaches /api/messages can talk to the bot. Fine locally, never in production.' });
    const logger = (0, log_1.createLogger)('silent');
    try {
        const store = await withTimeout((0, cosmos_1.openStore)(config, logger), 20_000, 'the database did not answer within 20 s');
        const ok = await store.ping();
        checks.push({ name: 'database reachable', ok, detail: ok ? `${config.cosmos.mode === 'embedded' ? 'embedded local server' : config.cosmos.endpoint}, database ${config.cosmos.database}` : 'no answer' });
        const { resources } = await store.database.containers.readAll().fetchAll();
        for (const def of Object.values(containers_1.CONTAINERS)) {
            const found = resources.find((r) => r.id === def.id);
            const pk = found?.partitionKey?.paths?.[0];
            const ttlProblem = found ? ttlMismatch(found.defaultTtl, (0, containers_1.expectedDefaultTtl)(def.id, config.retentionDays)) : undefined;
            checks.push({
                name: `container ${def.id}`,
                ok: !!found && pk === def.partitionKey && !ttlProblem,
                detail: !found
                    ? 'missing (the bot creates it at start when it has the rights; with managed identity create it with infra/main.bicep)'
                    : pk !== def.partitionKey
                        ? `partition key is ${pk}, expected ${def.partitionKey}: recreate the container`
                        : ttlProblem ?? `partition key ${pk}, default TTL ${found.defaultTtl}`,
            });
        }
        await store.close();
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        checks.push({ name: 'database reachable', ok: false, detail: `${message.split('\n')[0]}. Check COSMOS_ENDPOINT, the key or the managed identity's data-plane role.` });
    }
    checks.push(await manifestCheck(envFile));
    return report(checks);
}
/** Without TTL on a container, closed cases and old turn state would never be deleted (PRIVACY.md promises they are). */
function ttlMismatch(actual, expected) {
    if (actual === expected)
        return undefined;
    const has = actual === undefined ? 'TTL is off' : `default TTL is ${actual}`;
    const want = expected === -1 ? 'TTL on with no default (-1), so closed cases expire by their own ttl' : `a default TTL of ${expected} s (RETENTION_DAYS)`;
    return `${has}, expected ${want}: set it in the Azure portal or redeploy infra/main.bicep`;
}
/**
 * Builds the app package into a temporary folder with the same checks as `npm run package` (Microsoft's
 * manifest schema, icons, commands). The checker lives with the build scripts and needs the dev
 * dependencies; on a production install without them the check says so instead of failing.
 */
async function manifestCheck(envFile) {
    const name = 'Teams app manifest';
    const template = path.join((0, paths_1.projectRoot)(), 'appPackage', 'manifest.template.json');
    if (!fs.existsSync(template))
        return { name, ok: false, detail: 'appPackage/manifest.template.json is missing' };
    if (envFile && !fs.existsSync(envFile))
        return { name, ok: false, detail: `${path.relative((0, paths_1.projectRoot)(), envFile)} does not exist (copy appPackage/env/.env.local and fill in your values)` };
    let build;
    try {
        ({ buildAppPackage: build } = await Promise.resolve().then(() => __importStar(require('../../scripts/lib/manifest'))));
    }
    catch {
        return { name, ok: true, detail: 'template present; not checked here because the development tools are not installed (run npm install, then npm run doctor or npm run package)' };
    }
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-doctor-'));
    try {
        const result = await build({ env: process.env, envFile, outDir });
        if (!result.ok)
            return { name, ok: false, detail: result.problems.join('; ') };
        // Each warning starts with the variable's name; the names are enough to act on.
        const local = result.warnings.map((w) => w.split(' ')[0]);
        const warnings = local.length ? ` (local-only values, fine for testing, not for upload: ${local.join(', ')})` : '';
        return { name, ok: true, detail: `valid against Microsoft's schema, icons and commands checked; build the zip with npm run package${warnings}` };
    }
    finally {
        fs.rmSync(outDir, { recursive: true, force: true });
    }
}
function report(checks) {
    for (const c of checks)
        process.stdout.write(`${c.ok ? 'OK  ' : 'FEIL'} ${c.name}: ${c.detail}\n`);
    const failed = checks.filter((c) => !c.ok).length;
    process.stdout.write(failed ? `\n${failed} problem(s) found.\n` : '\nAll checks passed.\n');
    return failed ? 1 : 0;
}
function withTimeout(p, ms, message) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(message)), ms);
        p.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
    });
}
main().then((code) => process.exit(code), (err) => {
    process.stderr.write(`doctor failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
});
//# sourceMappingURL=doctor.js.map