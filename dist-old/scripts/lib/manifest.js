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
exports.PACKAGE_VAR_NAMES = exports.PackageVarsSchema = exports.ZERO_GUID = exports.PACKAGE_FILES = exports.MANIFEST_VERSION = exports.ZIP_NAME = exports.DEFAULT_ENV_FILE = exports.TEMPLATE_FILE = exports.APP_PACKAGE_DIR = exports.PROJECT_ROOT = void 0;
exports.parseEnvFile = parseEnvFile;
exports.resolveVars = resolveVars;
exports.templateVariables = templateVariables;
exports.fillTemplate = fillTemplate;
exports.readManifestTemplate = readManifestTemplate;
exports.manifestCommands = manifestCommands;
exports.localizedCommandTitles = localizedCommandTitles;
exports.bundledSchemaPath = bundledSchemaPath;
exports.validateAgainstSchema = validateAgainstSchema;
exports.checkIcons = checkIcons;
exports.checkConsistency = checkConsistency;
exports.buildAppPackage = buildAppPackage;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const node_util_1 = require("node:util");
const zod_1 = require("zod");
const png_1 = require("./png");
const zip_1 = require("./zip");
/**
 * Everything about the Teams app package: filling appPackage/manifest.template.json from the
 * environment, checking the result (Microsoft's JSON schema plus what the schema cannot see), and
 * zipping it. Used by scripts/package-app.ts and the tests.
 */
exports.PROJECT_ROOT = path.resolve(__dirname, '..', '..');
exports.APP_PACKAGE_DIR = path.join(exports.PROJECT_ROOT, 'appPackage');
exports.TEMPLATE_FILE = path.join(exports.APP_PACKAGE_DIR, 'manifest.template.json');
exports.DEFAULT_ENV_FILE = path.join(exports.APP_PACKAGE_DIR, 'env', '.env.local');
exports.ZIP_NAME = 'bti-bot-app.zip';
/** Teams manifest schema version; must be one that @microsoft/app-manifest bundles (not 1.18). */
exports.MANIFEST_VERSION = '1.30';
/** The files in the zip, all at its root as Teams requires. */
exports.PACKAGE_FILES = ['manifest.json', 'en-US.json', 'color.png', 'outline.png'];
exports.ZERO_GUID = '00000000-0000-0000-0000-000000000000';
// ---------------------------------------------------------------------------------------------
// Variables
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const httpsUrl = zod_1.z
    .string()
    .url('must be a full https:// address')
    .refine((v) => v.startsWith('https://'), 'must start with https://');
/** The variables the template uses, with the reason shown when a value is wrong. */
exports.PackageVarsSchema = zod_1.z.object({
    TEAMS_APP_ID: zod_1.z.string().regex(GUID, 'must be a GUID (the Teams app id)'),
    BOT_ID: zod_1.z.string().regex(GUID, "must be a GUID (the bot's Entra app id or managed identity client id)"),
    BOT_DOMAIN: zod_1.z
        .string()
        .refine((v) => !/^[a-z]+:\/\//i.test(v) && !v.includes('/'), 'must be a host name only, without https:// or a path')
        .refine((v) => v.includes('/') || HOSTNAME.test(v), 'must be a host name such as bti-bot.azurewebsites.net (no port)'),
    APP_VERSION: zod_1.z.string().regex(SEMVER, 'must be a version like 1.2.3'),
    DEVELOPER_NAME: zod_1.z.string().min(1, 'must not be empty').max(32, 'must be at most 32 characters'),
    DEVELOPER_WEBSITE_URL: httpsUrl,
    PRIVACY_URL: httpsUrl,
    TERMS_OF_USE_URL: httpsUrl,
});
exports.PACKAGE_VAR_NAMES = Object.keys(exports.PackageVarsSchema.shape);
/** A line that assigns a variable: `KEY=…` or `export KEY=…`. */
const ENV_ASSIGNMENT = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=/;
/**
 * The variables of an env file, read with Node's own dotenv parser (node:util parseEnv) so quotes and
 * comments mean what they mean to dotenv and the Agents Toolkit, which read the same files: `X=v # note`
 * is "v", `X="a # b"` keeps the '#', an unquoted value ends at the first '#'. Fed one assignment line at a
 * time: Node 20's parseEnv glues a line without '=' onto the next key and loses that variable. So values
 * are single-line, as in every env file this project uses.
 */
const UNTERMINATED_QUOTE = /=\s*(["'`])(?![^]*\1)/;
function parseEnvFile(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        // A value that opens a quote and never closes it is a broken line: Node 20's parseEnv drops it and Node
        // 24's keeps it with the quote, so it is left out here on every Node.
        if (ENV_ASSIGNMENT.test(line) && !UNTERMINATED_QUOTE.test(line))
            Object.assign(out, (0, node_util_1.parseEnv)(line));
    }
    return out;
}
function packageJsonVersion() {
    try {
        const pkg = JSON.parse(fs.readFileSync(path.join(exports.PROJECT_ROOT, 'package.json'), 'utf8'));
        return typeof pkg.version === 'string' ? pkg.version : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Environment first, then the env file; an empty value counts as unset. APP_VERSION falls back to
 * package.json. With `release`, the local-only defaults (zero GUID, localhost) are errors.
 */
function resolveVars(env, fileValues, envFileLabel, release = false) {
    const merged = {};
    const problems = [];
    const warnings = [];
    for (const name of exports.PACKAGE_VAR_NAMES) {
        const value = (env[name]?.trim() || fileValues[name]?.trim() || '').trim();
        if (value)
            merged[name] = value;
    }
    if (!merged.APP_VERSION) {
        const v = packageJsonVersion();
        if (v)
            merged.APP_VERSION = v;
    }
    for (const name of exports.PACKAGE_VAR_NAMES) {
        if (!merged[name])
            problems.push(`${name} is not set (set it in the environment or in ${envFileLabel})`);
    }
    const parsed = exports.PackageVarsSchema.safeParse(merged);
    if (!parsed.success) {
        for (const issue of parsed.error.issues) {
            const name = String(issue.path[0]);
            if (!merged[name])
                continue; // already reported as not set
            problems.push(`${name} ${issue.message} (got "${merged[name].slice(0, 80)}")`);
        }
    }
    if (problems.length || !parsed.success)
        return { problems, warnings };
    const vars = parsed.data;
    const localOnly = [];
    if (vars.TEAMS_APP_ID === exports.ZERO_GUID)
        localOnly.push('TEAMS_APP_ID is the all-zero GUID');
    if (vars.BOT_ID === exports.ZERO_GUID)
        localOnly.push('BOT_ID is the all-zero GUID');
    if (/^localhost$|^127\./i.test(vars.BOT_DOMAIN))
        localOnly.push(`BOT_DOMAIN is ${vars.BOT_DOMAIN}`);
    for (const name of ['DEVELOPER_WEBSITE_URL', 'PRIVACY_URL', 'TERMS_OF_USE_URL']) {
        if (/^https:\/\/(localhost|127\.)/i.test(vars[name]))
            localOnly.push(`${name} points to localhost`);
    }
    for (const what of localOnly) {
        if (release)
            problems.push(`${what}: not allowed in a release package`);
        else
            warnings.push(`${what}: this package is for local testing only`);
    }
    return { vars: problems.length ? undefined : vars, problems, warnings };
}
// ---------------------------------------------------------------------------------------------
// Template
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** The placeholder names a template uses, in order of first use. */
function templateVariables(template) {
    return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}
/** Replaces ${{NAME}} with JSON-escaped values; names without a value are returned in `missing`. */
function fillTemplate(template, values) {
    const missing = new Set();
    const text = template.replace(PLACEHOLDER, (whole, name) => {
        const value = values[name];
        if (value === undefined) {
            missing.add(name);
            return whole;
        }
        return JSON.stringify(value).slice(1, -1);
    });
    return { text, missing: [...missing] };
}
/** The template as JSON, placeholders left in place (they sit inside strings, so it parses). */
function readManifestTemplate(file = exports.TEMPLATE_FILE) {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
}
// ---------------------------------------------------------------------------------------------
// Commands
const CommandShape = zod_1.z.object({ title: zod_1.z.string(), description: zod_1.z.string().optional() }).passthrough();
const ManifestShape = zod_1.z
    .object({
    bots: zod_1.z
        .array(zod_1.z.object({ botId: zod_1.z.string().optional(), commandLists: zod_1.z.array(zod_1.z.object({ commands: zod_1.z.array(CommandShape) }).passthrough()).optional() }).passthrough())
        .optional(),
    composeExtensions: zod_1.z
        .array(zod_1.z.object({ botId: zod_1.z.string().optional(), commands: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string() }).passthrough()) }).passthrough())
        .optional(),
})
    .passthrough();
/** Lists what the bot must answer: command-menu titles and message extension command ids. */
function manifestCommands(manifest) {
    const m = ManifestShape.parse(manifest);
    const titles = (m.bots ?? []).flatMap((b) => (b.commandLists ?? []).flatMap((l) => l.commands.map((c) => c.title)));
    const ids = (m.composeExtensions ?? []).flatMap((c) => c.commands.map((cmd) => cmd.id));
    return { botCommands: [...new Set(titles)], composeCommandIds: [...new Set(ids)] };
}
/**
 * The command-menu titles a localization file (e.g. en-US.json) gives, in manifest order. Teams users
 * with that language send these words instead of the default ones.
 */
function localizedCommandTitles(manifest, localization) {
    const m = ManifestShape.parse(manifest);
    const out = [];
    (m.bots ?? []).forEach((b, bi) => (b.commandLists ?? []).forEach((l, li) => l.commands.forEach((c, ci) => {
        const t = localization[`bots[${bi}].commandLists[${li}].commands[${ci}].title`];
        out.push(typeof t === 'string' ? t : c.title);
    })));
    return [...new Set(out)];
}
// ---------------------------------------------------------------------------------------------
// Checks
/** Schema path of a bundled schema for a developer.microsoft.com $schema URL, or undefined. */
function bundledSchemaPath(schemaUrl) {
    const prefix = 'https://developer.microsoft.com/';
    if (!schemaUrl.startsWith(prefix + 'json-schemas/teams/'))
        return undefined;
    const pkgDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
    const file = path.join(pkgDir, 'build', schemaUrl.slice(prefix.length));
    return fs.existsSync(file) ? file : undefined;
}
/**
 * Microsoft's JSON schema check (AppManifestUtils.validateAgainstSchema). It only stays offline when
 * the $schema names a schema the package bundles, so that is checked first rather than letting it
 * try the network.
 */
async function validateAgainstSchema(doc, label) {
    const schemaUrl = doc?.$schema;
    if (typeof schemaUrl !== 'string')
        return [`${label}: has no $schema`];
    const schemaPath = bundledSchemaPath(schemaUrl);
    if (!schemaPath)
        return [`${label}: $schema ${schemaUrl} is not bundled with @microsoft/app-manifest (offline check impossible)`];
    // Loaded lazily: it is a dev dependency, and only packaging needs it.
    const { AppManifestUtils } = await Promise.resolve().then(() => __importStar(require('@microsoft/app-manifest')));
    // The library types documents and schemas as unions of every manifest kind; both are checked at run time.
    const { schema, patched } = unicodeSafeSchema(schemaPath);
    // Unpatched schemas are left to the library's own (offline, bundled) lookup from $schema.
    const errors = patched
        ? await AppManifestUtils.validateAgainstSchema(doc, schema)
        : await AppManifestUtils.validateAgainstSchema(doc);
    return errors.map((e) => `${label}: ${e.trim()}`);
}
/**
 * The bundled schema, with patterns made valid for ajv's unicode regexes. Measured: the Localization
 * schemas (v1.22 and others) have keys like `activityTypes\[\b(…)\b]\.description`, whose lone `]`
 * is legal in a plain JS regex but not with the `u` flag, so ajv refuses to compile the whole schema.
 * Escaping that bracket keeps the pattern's meaning; the Teams manifest schema itself needs no change.
 */
function unicodeSafeSchema(file) {
    let patched = false;
    const fixPattern = (p) => {
        try {
            new RegExp(p, 'u');
            return p;
        }
        catch {
            patched = true;
            return p.replace(/\\b\]/g, '\\b\\]');
        }
    };
    const walk = (node) => {
        if (Array.isArray(node))
            return node.map(walk);
        if (!node || typeof node !== 'object')
            return node;
        const out = {};
        for (const [key, value] of Object.entries(node)) {
            if (key === 'patternProperties' && value && typeof value === 'object') {
                out[key] = Object.fromEntries(Object.entries(value).map(([p, v]) => [fixPattern(p), walk(v)]));
            }
            else if (key === 'pattern' && typeof value === 'string') {
                out[key] = fixPattern(value);
            }
            else {
                out[key] = walk(value);
            }
        }
        return out;
    };
    // The same clean-up the library applies when it reads a bundled schema itself.
    const raw = fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
    const schema = walk(JSON.parse(raw));
    return { schema, patched };
}
/** Icon rules Teams applies on upload: sizes, and a white-only outline on transparency. */
function checkIcons(color, outline) {
    const problems = [];
    try {
        const c = (0, png_1.decodePng)(color);
        if (c.width !== 192 || c.height !== 192)
            problems.push(`color.png is ${c.width}×${c.height}, must be 192×192`);
    }
    catch (e) {
        problems.push(`color.png: ${e.message}`);
    }
    try {
        const o = (0, png_1.decodePng)(outline);
        if (o.width !== 32 || o.height !== 32)
            problems.push(`outline.png is ${o.width}×${o.height}, must be 32×32`);
        if (!o.alpha)
            problems.push('outline.png must have an alpha channel (transparent background)');
        let nonWhite = 0;
        let visible = 0;
        for (let p = 0; p < o.width * o.height; p++) {
            const [r, g, b, a] = [o.rgba[p * 4], o.rgba[p * 4 + 1], o.rgba[p * 4 + 2], o.rgba[p * 4 + 3]];
            if (a === 0)
                continue;
            visible++;
            if (r !== 255 || g !== 255 || b !== 255)
                nonWhite++;
        }
        if (nonWhite)
            problems.push(`outline.png has ${nonWhite} visible pixels that are not white`);
        if (!visible)
            problems.push('outline.png is fully transparent');
        const corners = [0, o.width - 1, (o.height - 1) * o.width, o.height * o.width - 1];
        if (corners.some((p) => o.rgba[p * 4 + 3] !== 0))
            problems.push('outline.png corners must be transparent');
    }
    catch (e) {
        problems.push(`outline.png: ${e.message}`);
    }
    return problems;
}
/** What the JSON schema cannot see: ids that must agree, files that must exist, localization keys that must point somewhere. */
function checkConsistency(manifest, localization, vars) {
    const problems = [];
    const text = JSON.stringify(manifest);
    for (const name of templateVariables(text))
        problems.push(`manifest.json still contains the placeholder \${{${name}}}`);
    if (manifest.manifestVersion !== exports.MANIFEST_VERSION)
        problems.push(`manifestVersion is ${manifest.manifestVersion}, expected ${exports.MANIFEST_VERSION}`);
    if (!manifest.$schema?.includes(`/v${manifest.manifestVersion}/`))
        problems.push(`$schema ${manifest.$schema} does not match manifestVersion ${manifest.manifestVersion}`);
    for (const [i, bot] of (manifest.bots ?? []).entries()) {
        if (bot.botId !== vars.BOT_ID)
            problems.push(`bots[${i}].botId is ${bot.botId}, expected BOT_ID ${vars.BOT_ID}`);
        for (const [li, list] of (bot.commandLists ?? []).entries()) {
            const seen = new Set();
            for (const c of list.commands) {
                const key = c.title.trim().toLowerCase();
                if (seen.has(key))
                    problems.push(`bots[${i}].commandLists[${li}] has the command "${c.title}" twice`);
                seen.add(key);
            }
        }
    }
    const ids = new Set();
    for (const [i, ext] of (manifest.composeExtensions ?? []).entries()) {
        if (ext.botId !== vars.BOT_ID)
            problems.push(`composeExtensions[${i}].botId is ${ext.botId}, expected BOT_ID ${vars.BOT_ID}`);
        for (const c of ext.commands) {
            if (ids.has(c.id))
                problems.push(`composeExtensions command id ${c.id} is used twice`);
            ids.add(c.id);
        }
    }
    if (!(manifest.validDomains ?? []).includes(vars.BOT_DOMAIN))
        problems.push(`validDomains does not include BOT_DOMAIN ${vars.BOT_DOMAIN}`);
    for (const lang of manifest.localizationInfo?.additionalLanguages ?? []) {
        if (!exports.PACKAGE_FILES.includes(lang.file))
            problems.push(`localization file ${lang.file} (${lang.languageTag}) is not in the package`);
    }
    if (manifest.icons?.color !== 'color.png')
        problems.push('icons.color must be color.png');
    if (manifest.icons?.outline !== 'outline.png')
        problems.push('icons.outline must be outline.png');
    // Every localization key must name something that exists, and every menu command needs a translation.
    for (const key of Object.keys(localization)) {
        let m = /^bots\[(\d+)\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$/.exec(key);
        if (m && !manifest.bots?.[+m[1]]?.commandLists?.[+m[2]]?.commands[+m[3]])
            problems.push(`en-US.json: ${key} names a command that does not exist`);
        m = /^composeExtensions\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$/.exec(key);
        if (m && !manifest.composeExtensions?.[+m[1]]?.commands[+m[2]])
            problems.push(`en-US.json: ${key} names a command that does not exist`);
        m = /^composeExtensions\[(\d+)\]\.commands\[(\d+)\]\.parameters\[(\d+)\]\.(title|description)$/.exec(key);
        if (m && !manifest.composeExtensions?.[+m[1]]?.commands[+m[2]]?.parameters?.[+m[3]])
            problems.push(`en-US.json: ${key} names a parameter that does not exist`);
    }
    (manifest.bots ?? []).forEach((b, bi) => (b.commandLists ?? []).forEach((l, li) => l.commands.forEach((c, ci) => {
        if (typeof localization[`bots[${bi}].commandLists[${li}].commands[${ci}].title`] !== 'string')
            problems.push(`en-US.json has no title for the command "${c.title}"`);
    })));
    return problems;
}
async function buildAppPackage(options) {
    const sourceDir = options.sourceDir ?? exports.APP_PACKAGE_DIR;
    const envFile = options.envFile ?? exports.DEFAULT_ENV_FILE;
    const outDir = options.outDir ?? path.join(exports.PROJECT_ROOT, 'build');
    const envFileLabel = envFile.startsWith(exports.PROJECT_ROOT + path.sep) ? path.relative(exports.PROJECT_ROOT, envFile) : envFile;
    const problems = [];
    let fileValues = {};
    if (fs.existsSync(envFile))
        fileValues = parseEnvFile(fs.readFileSync(envFile, 'utf8'));
    else if (options.envFile)
        problems.push(`env file ${envFileLabel} does not exist`);
    const resolved = resolveVars(options.env, fileValues, envFileLabel, options.release);
    problems.push(...resolved.problems);
    const zipFile = path.join(outDir, exports.ZIP_NAME);
    const stagingDir = path.join(outDir, 'appPackage');
    // A failed build must not leave an older package behind that someone could upload by mistake.
    const fail = () => {
        fs.rmSync(zipFile, { force: true });
        fs.rmSync(stagingDir, { recursive: true, force: true });
        return { ok: false, problems, warnings: resolved.warnings };
    };
    if (!resolved.vars)
        return fail();
    const vars = resolved.vars;
    const read = (name) => {
        const file = path.join(sourceDir, name);
        if (!fs.existsSync(file)) {
            problems.push(`${path.relative(exports.PROJECT_ROOT, file) || file} is missing`);
            return undefined;
        }
        return fs.readFileSync(file);
    };
    const template = read('manifest.template.json');
    const localizationRaw = read('en-US.json');
    const color = read('color.png');
    const outline = read('outline.png');
    if (!template || !localizationRaw || !color || !outline)
        return fail();
    const { text, missing } = fillTemplate(template.toString('utf8'), vars);
    for (const name of missing)
        problems.push(`the template uses \${{${name}}}, which the package script does not know`);
    let manifest;
    let localization;
    try {
        manifest = JSON.parse(text);
    }
    catch (e) {
        problems.push(`manifest.template.json is not valid JSON after filling: ${e.message}`);
        return fail();
    }
    try {
        localization = JSON.parse(localizationRaw.toString('utf8'));
    }
    catch (e) {
        problems.push(`en-US.json is not valid JSON: ${e.message}`);
        return fail();
    }
    problems.push(...(await validateAgainstSchema(manifest, 'manifest.json')));
    problems.push(...(await validateAgainstSchema(localization, 'en-US.json')));
    problems.push(...checkConsistency(manifest, localization, vars));
    problems.push(...checkIcons(color, outline));
    if (problems.length)
        return fail();
    const manifestJson = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8');
    const files = [
        { name: 'manifest.json', data: manifestJson },
        { name: 'en-US.json', data: localizationRaw },
        { name: 'color.png', data: color },
        { name: 'outline.png', data: outline },
    ];
    fs.mkdirSync(stagingDir, { recursive: true });
    for (const f of files)
        fs.writeFileSync(path.join(stagingDir, f.name), f.data);
    fs.writeFileSync(zipFile, (0, zip_1.createZip)(files));
    return { ok: true, problems, warnings: resolved.warnings, manifest, manifestFile: path.join(stagingDir, 'manifest.json'), zipFile };
}
//# sourceMappingURL=manifest.js.map