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
exports.parseArgs = parseArgs;
exports.run = run;
const fs = __importStar(require("node:fs"));
const avklaring_1 = require("../domain/avklaring");
const USAGE = 'Bruk / usage: npm run advise -- <case.json> [--json] [--locale nb|en]';
class UsageError extends Error {
}
function parseArgs(argv) {
    let file;
    let json = false;
    let locale = 'nb';
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--json')
            json = true;
        else if (arg === '--locale' || arg.startsWith('--locale=')) {
            const value = arg === '--locale' ? argv[++i] : arg.slice('--locale='.length);
            if (value !== 'nb' && value !== 'en')
                throw new UsageError(`--locale må være nb eller en / must be nb or en (fikk/got ${value ?? 'ingenting/nothing'})`);
            locale = value;
        }
        else if (arg === '--help' || arg === '-h')
            throw new UsageError('');
        else if (arg.startsWith('-'))
            throw new UsageError(`ukjent valg / unknown option ${arg}`);
        else if (file === undefined)
            file = arg;
        else
            throw new UsageError(`bare én fil / only one file (fikk/got også/also ${arg})`);
    }
    if (!file)
        throw new UsageError('mangler fil / missing file');
    return { file, json, locale };
}
function fail(message) {
    process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
    return 1;
}
function run(argv) {
    let args;
    try {
        args = parseArgs(argv);
    }
    catch (err) {
        if (err instanceof UsageError)
            return fail(err.message ? `${err.message}\n${USAGE}` : USAGE);
        throw err;
    }
    const nb = args.locale === 'nb';
    let text;
    try {
        text = fs.readFileSync(args.file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT'
            ? nb ? 'filen finnes ikke' : 'the file does not exist'
            : code === 'EISDIR'
                ? nb ? 'det er en mappe, ikke en fil' : 'it is a folder, not a file'
                : code === 'EACCES'
                    ? nb ? 'mangler lesetilgang' : 'no permission to read it'
                    : (code ?? 'ukjent feil / unknown error');
        return fail(nb ? `Kan ikke lese ${args.file}: ${why}.` : `Cannot read ${args.file}: ${why}.`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        return fail(nb ? `${args.file} er ikke gyldig JSON: ${detail}` : `${args.file} is not valid JSON: ${detail}`);
    }
    const parsed = (0, avklaring_1.parseAdviceInput)(raw);
    if (!parsed.ok) {
        const head = nb ? `Ugyldig sak i ${args.file}:` : `Invalid case in ${args.file}:`;
        return fail([head, ...parsed.issues.map((i) => `  - ${i.path}: ${i.message[args.locale]}`)].join('\n'));
    }
    const advice = (0, avklaring_1.advise)(parsed.value);
    process.stdout.write(args.json ? `${JSON.stringify(advice, null, 2)}\n` : (0, avklaring_1.formatAdvice)(advice, args.locale));
    return 0;
}
if (require.main === module) {
    try {
        process.exitCode = run(process.argv.slice(2));
    }
    catch (err) {
        // A bug, not bad input: still one readable line rather than a stack trace.
        process.stderr.write(`Intern feil / internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
    }
}
//# sourceMappingURL=advise.js.map