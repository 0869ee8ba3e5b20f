import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONTAINERS } from '../../src/store/containers';
import { PROFILE_IDS } from '../../src/content/profiles/schema';

/**
 * No Bicep compiler runs offline here, so this is a structural check written by hand: a small lexer
 * that understands comments, strings and ${} interpolation, then checks that every identifier used
 * is declared, brackets balance, API versions are well-formed, the parameters file names only
 * declared parameters, and the template matches what the app expects (containers, settings).
 */

const ROOT = path.resolve(__dirname, '..', '..');
const BICEP_FILE = path.join(ROOT, 'infra', 'main.bicep');
const PARAMS_FILE = path.join(ROOT, 'infra', 'main.parameters.json');
const README_FILE = path.join(ROOT, 'infra', 'README.md');

type Token =
  | { kind: 'ident'; value: string; line: number; lineStart: boolean }
  | { kind: 'string'; value: string; line: number; lineStart: boolean }
  | { kind: 'number'; value: string; line: number; lineStart: boolean }
  | { kind: 'punct'; value: string; line: number; lineStart: boolean };

function lex(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = true;
  const push = (t: Omit<Token, 'line' | 'lineStart'>) => {
    tokens.push({ ...t, line, lineStart } as Token);
    lineStart = false;
  };
  // Lexes code until an unmatched `}` (when inside an interpolation) or the end.
  const lexCode = (inInterpolation: boolean): void => {
    let depth = 0;
    while (i < src.length) {
      const ch = src[i]!;
      if (ch === '\n') {
        line++;
        lineStart = true;
        i++;
      } else if (/\s/.test(ch)) i++;
      else if (src.startsWith('//', i)) {
        while (i < src.length && src[i] !== '\n') i++;
      } else if (src.startsWith('/*', i)) {
        const end = src.indexOf('*/', i + 2);
        if (end < 0) throw new Error(`line ${line}: unterminated block comment`);
        line += (src.slice(i, end).match(/\n/g) ?? []).length;
        i = end + 2;
      } else if (src.startsWith("'''", i)) {
        const end = src.indexOf("'''", i + 3);
        if (end < 0) throw new Error(`line ${line}: unterminated multi-line string`);
        push({ kind: 'string', value: src.slice(i + 3, end) });
        line += (src.slice(i, end).match(/\n/g) ?? []).length;
        i = end + 3;
      } else if (ch === "'") {
        i++;
        let value = '';
        const startLine = line;
        const parts: Token[] = [];
        while (true) {
          if (i >= src.length || src[i] === '\n') throw new Error(`line ${startLine}: unterminated string`);
          if (src[i] === '\\') {
            value += src.slice(i, i + 2);
            i += 2;
          } else if (src[i] === "'") {
            i++;
            break;
          } else if (src.startsWith('${', i)) {
            i += 2;
            value += '${…}';
            const before = tokens.length;
            lexCode(true);
            parts.push(...tokens.splice(before));
          } else value += src[i++];
        }
        push({ kind: 'string', value });
        tokens.push(...parts);
      } else if (/[A-Za-z_]/.test(ch)) {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
        push({ kind: 'ident', value: m[0] });
        i += m[0].length;
      } else if (/[0-9]/.test(ch)) {
        const m = /^[0-9]+/.exec(src.slice(i))!;
        push({ kind: 'number', value: m[0] });
        i += m[0].length;
      } else {
        const two = src.slice(i, i + 2);
        const op = ['==', '!=', '>=', '<=', '&&', '||', '??', '?.', '.?'].includes(two) ? two : ch;
        if (inInterpolation && op === '{') depth++;
        if (inInterpolation && op === '}') {
          if (depth === 0) {
            i++;
            return;
          }
          depth--;
        }
        push({ kind: 'punct', value: op });
        i += op.length;
      }
    }
    if (inInterpolation) throw new Error(`line ${line}: unterminated \${ interpolation`);
  };
  lexCode(false);
  return tokens;
}

const KEYWORDS = new Set(['param', 'var', 'resource', 'output', 'module', 'targetScope', 'for', 'in', 'if', 'true', 'false', 'null', 'existing', 'import', 'type', 'func', 'metadata']);
const TYPES = new Set(['string', 'int', 'bool', 'object', 'array']);

interface Analysis {
  params: Map<string, { type: string; hasDefault: boolean; allowed?: string[] }>;
  vars: Set<string>;
  resources: Map<string, string>;
  outputs: Set<string>;
  problems: string[];
  used: Set<string>;
}

function analyse(src: string): Analysis {
  const tokens = lex(src);
  const params: Analysis['params'] = new Map();
  const vars = new Set<string>();
  const resources = new Map<string, string>();
  const outputs = new Set<string>();
  const loopVars = new Set<string>();
  const problems: string[] = [];
  const skip = new Set<number>(); // token indexes that are names or types, not references

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'ident') continue;
    const next = tokens[k + 1];
    const afterNext = tokens[k + 2];
    // `resource: {` inside an object is a property key, not a declaration.
    const declares = ['param', 'var', 'resource', 'output', 'module'].includes(t.value) && t.lineStart && next?.value !== ':';
    if (declares) {
      if (next?.kind !== 'ident') {
        problems.push(`line ${t.line}: ${t.value} without a name`);
        continue;
      }
      skip.add(k + 1);
      if (t.value === 'param') {
        if (afterNext?.kind !== 'ident' || !TYPES.has(afterNext.value)) problems.push(`line ${t.line}: param ${next.value} has no type`);
        skip.add(k + 2);
        // Look back for @allowed([...]) right above this declaration.
        // The decorators are the lines right above, back to the previous blank line or declaration.
        let allowed: string[] | undefined;
        const lines = src.split('\n');
        let from = t.line - 1;
        while (from > 0 && lines[from - 1]!.trim() !== '' && !/^(param|var|resource|output|module|targetScope)\b/.test(lines[from - 1]!)) from--;
        const decoratorBlock = lines.slice(from, t.line - 1).join('\n');
        const am = /@allowed\(\[([\s\S]*?)\]\)/.exec(decoratorBlock);
        if (am) allowed = [...am[1]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
        const lineText = src.split('\n')[t.line - 1]!;
        params.set(next.value, { type: afterNext?.value ?? '?', hasDefault: /=/.test(lineText), allowed });
      } else if (t.value === 'var') vars.add(next.value);
      else if (t.value === 'output') {
        outputs.add(next.value);
        if (afterNext?.kind !== 'ident' || !TYPES.has(afterNext.value)) problems.push(`line ${t.line}: output ${next.value} has no type`);
        skip.add(k + 2);
      } else {
        if (afterNext?.kind !== 'string') problems.push(`line ${t.line}: ${t.value} ${next.value} has no type string`);
        else resources.set(next.value, afterNext.value);
      }
    }
    if (t.value === 'for') {
      // for x in … | for (x, i) in …
      if (next?.kind === 'ident') {
        loopVars.add(next.value);
        skip.add(k + 1);
      } else if (next?.value === '(') {
        for (let j = k + 2; j < tokens.length && tokens[j]!.value !== ')'; j++) {
          if (tokens[j]!.kind === 'ident') {
            loopVars.add(tokens[j]!.value);
            skip.add(j);
          }
        }
      }
    }
  }

  const declared = new Set([...params.keys(), ...vars, ...resources.keys(), ...outputs, ...loopVars]);
  const used = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'ident' || skip.has(k) || KEYWORDS.has(t.value)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (prev && (prev.value === '.' || prev.value === '?.' || prev.value === '.?' || prev.value === '@')) continue; // property or decorator
    if (next?.value === '(') continue; // function call
    if (t.lineStart && next?.value === ':') continue; // object property key
    if (prev?.value === 'targetScope' || (tokens[k - 2]?.value === 'targetScope' && prev?.value === '=')) continue;
    used.add(t.value);
    if (!declared.has(t.value)) problems.push(`line ${t.line}: ${t.value} is used but never declared`);
  }

  // Brackets must balance outside strings and comments.
  const stack: Token[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const t of tokens) {
    if (t.kind !== 'punct') continue;
    if ('([{'.includes(t.value)) stack.push(t);
    else if (t.value in pairs) {
      const open = stack.pop();
      if (open?.value !== pairs[t.value]) problems.push(`line ${t.line}: unbalanced ${t.value}`);
    }
  }
  for (const open of stack) problems.push(`line ${open.line}: ${open.value} never closed`);

  for (const name of [...params.keys(), ...vars]) if (!used.has(name)) problems.push(`${name} is declared but never used`);
  return { params, vars, resources, outputs, problems, used };
}

/** The text of `var NAME = [ … ]` (bracket-matched). */
function varBlock(src: string, name: string): string {
  const start = src.indexOf(`var ${name} = `);
  expect(start, `var ${name}`).toBeGreaterThanOrEqual(0);
  const open = src.indexOf('[', start);
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '[') depth++;
    if (src[i] === ']' && --depth === 0) return src.slice(open, i + 1);
  }
  throw new Error(`var ${name} is not closed`);
}

const bicep = fs.readFileSync(BICEP_FILE, 'utf8');
const analysis = analyse(bicep);

describe('infra/main.bicep structure', () => {
  it('declares every identifier it uses, uses every param and var, and balances brackets', () => {
    expect(analysis.problems).toEqual([]);
    expect(analysis.resources.size).toBeGreaterThanOrEqual(10);
  });

  it('catches an undeclared symbol, an unused param and a stray bracket (the check can fail)', () => {
    const broken = bicep
      .replace("location: 'global'\n  kind: 'azurebot'", "location: botLocation\n  kind: 'azurebot'")
      .replace('param botDisplayName string', 'param unusedThing string = \'x\'\nparam botDisplayName string')
      .replace('output cosmosAccountName string = cosmos.name', 'output cosmosAccountName string = cosmos.name)');
    const problems = analyse(broken).problems.join('\n');
    expect(problems).toMatch(/botLocation is used but never declared/);
    expect(problems).toMatch(/unusedThing is declared but never used/);
    expect(problems).toMatch(/unbalanced \)/);
    expect(analyse("var a = 'x${b}'\noutput o string = a").problems).toEqual(['line 1: b is used but never declared']);
  });

  it('uses well-formed API versions on every resource', () => {
    for (const [name, type] of analysis.resources) {
      expect(type, name).toMatch(/^[A-Za-z]+\.[A-Za-z]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/);
    }
    const types = new Set([...analysis.resources.values()].map((t) => t.split('@')[0]));
    for (const required of [
      'Microsoft.DocumentDB/databaseAccounts',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
      'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments',
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
      'Microsoft.Insights/components',
      'Microsoft.OperationalInsights/workspaces',
    ]) {
      expect(types, required).toContain(required);
    }
  });

  it('has the parameters and outputs the README and the package script rely on', () => {
    for (const p of ['namePrefix', 'location', 'retentionDays', 'botAppId', 'profile', 'botAppType', 'botSku', 'cosmosCapacityMode']) {
      expect(analysis.params.has(p), p).toBe(true);
    }
    expect(bicep).toMatch(/param location string = 'norwayeast'/);
    expect(analysis.params.get('botAppType')!.allowed).toEqual(['SingleTenant', 'UserAssignedMSI']);
    expect(bicep).toMatch(/param botAppType string = 'SingleTenant'/);
    expect(analysis.params.get('botSku')!.allowed).toContain('F0');
    expect(analysis.params.get('cosmosCapacityMode')!.allowed).toEqual(['Serverless', 'Provisioned']);
    for (const o of ['webAppHostName', 'botId', 'cosmosEndpoint']) expect(analysis.outputs.has(o), o).toBe(true);
  });

  it('offers exactly the municipality profiles the app accepts', () => {
    expect(analysis.params.get('profile')!.allowed).toEqual([...PROFILE_IDS]);
  });

  it('creates the containers the app uses, all on /pk, with the TTL rules', () => {
    const block = varBlock(bicep, 'containerDefs');
    const defs = [...block.matchAll(/\{\s*name: '([^']+)'\s*partitionKey: '([^']+)'\s*defaultTtl: ([^\n]+)\s*\}/g)].map((m) => ({ name: m[1]!, pk: m[2]!, ttl: m[3]!.trim() }));
    expect(defs.map((d) => d.name).sort()).toEqual(['botstate', 'cases', 'conversations', 'reminders']);
    expect(defs.map((d) => d.name).sort()).toEqual(Object.values(CONTAINERS).map((c) => c.id).sort());
    for (const d of defs) {
      expect(d.pk).toBe('/pk');
      expect(d.pk).toBe(Object.values(CONTAINERS).find((c) => c.id === d.name)!.partitionKey);
    }
    const ttl = Object.fromEntries(defs.map((d) => [d.name, d.ttl]));
    expect(ttl.cases).toBe('-1');
    expect(ttl.conversations).toBe('-1');
    expect(ttl.botstate).toMatch(/retentionDays/);
    expect(bicep).toMatch(/var databaseName = 'btibot'/);
    expect(bicep).toMatch(/paths: \[\s*c\.partitionKey\s*\]/);
  });

  it('gives the web app Node 20, a managed identity, the settings the app reads and no Cosmos key', () => {
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|20-lts'/);
    expect(bicep).toMatch(/type: 'SystemAssigned'/);
    const settings = [...varBlock(bicep, 'baseSettings').matchAll(/name: '([A-Za-z_]+)'/g)].map((m) => m[1]!);
    for (const s of ['COSMOS_ENDPOINT', 'COSMOS_DATABASE', 'MICROSOFT_APP_ID', 'MICROSOFT_APP_TYPE', 'MICROSOFT_APP_TENANT_ID', 'BTI_PROFILE', 'APPLICATIONINSIGHTS_CONNECTION_STRING']) {
      expect(settings, s).toContain(s);
    }
    expect(bicep).not.toMatch(/COSMOS_KEY|listKeys|listConnectionStrings/);
    // Every setting meant for the app must be one src/config.ts reads; the rest are App Service's own.
    const config = fs.readFileSync(path.join(ROOT, 'src', 'config.ts'), 'utf8');
    const platform = new Set(['APPLICATIONINSIGHTS_CONNECTION_STRING', 'ApplicationInsightsAgent_EXTENSION_VERSION', 'SCM_DO_BUILD_DURING_DEPLOYMENT']);
    for (const s of settings.filter((x) => !platform.has(x))) expect(config, s).toContain(`${s}:`);
  });

  it('grants the web app identity the Cosmos built-in data contributor role', () => {
    expect(bicep).toMatch(/var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'/);
    const role = /resource cosmosDataRole '[^']+' = \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(role).toMatch(/parent: cosmos\b/);
    expect(role).toMatch(/roleDefinitionId: '\$\{cosmos\.id\}\/sqlRoleDefinitions\/\$\{cosmosDataContributorRoleId\}'/);
    expect(role).toMatch(/principalId: web\.identity\.principalId/);
  });

  it('sends the app\'s console log lines (the JSON logs) to the Log Analytics workspace', () => {
    const diag = /resource webDiagnostics 'Microsoft\.Insights\/diagnosticSettings@[^']+' = \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(diag).toMatch(/scope: web\b/);
    expect(diag).toMatch(/workspaceId: logWorkspace\.id/);
    expect(diag).toMatch(/category: 'AppServiceConsoleLogs'\s+enabled: true/);
  });

  it('registers an Azure Bot (azurebot) with the Teams channel pointing at /api/messages', () => {
    const botBlock = /resource bot '[^']+' = \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(botBlock).toMatch(/kind: 'azurebot'/);
    expect(botBlock).toMatch(/name: botSku/);
    expect(botBlock).toMatch(/endpoint: 'https:\/\/\$\{webHostName\}\/api\/messages'/);
    expect(botBlock).toMatch(/msaAppType: botAppType/);
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
  });
});

describe('infra/main.parameters.json', () => {
  const file = JSON.parse(fs.readFileSync(PARAMS_FILE, 'utf8')) as { $schema: string; parameters: Record<string, { value: unknown }> };

  it('names only declared params, with values of the declared type and allowed values', () => {
    expect(file.$schema).toMatch(/deploymentParameters\.json#$/);
    for (const [name, { value }] of Object.entries(file.parameters)) {
      const p = analysis.params.get(name);
      expect(p, `${name} is not a param of main.bicep`).toBeDefined();
      const expectedType = { string: 'string', int: 'number', bool: 'boolean', object: 'object', array: 'object' }[p!.type];
      expect(typeof value, name).toBe(expectedType);
      if (p!.allowed) expect(p!.allowed, name).toContain(value);
    }
  });

  it('leaves out only required params that the README deploy command passes, and no secrets', () => {
    const readme = fs.readFileSync(README_FILE, 'utf8');
    const missingRequired = [...analysis.params].filter(([name, p]) => !p.hasDefault && !(name in file.parameters)).map(([n]) => n);
    for (const name of missingRequired) expect(readme, `README passes ${name}`).toMatch(new RegExp(`${name}=`));
    expect(Object.keys(file.parameters).filter((n) => /password|secret|key/i.test(n))).toEqual([]);
  });
});
