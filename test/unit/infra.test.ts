import { describe, it, expect, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Language, Parser, type Node as SyntaxNode } from 'web-tree-sitter';
import { parse as parseYaml } from 'yaml';
import { CONTAINERS } from '../../src/store/containers';
import { DEFAULT_MUNICIPALITY_ID, MUNICIPALITY_IDS } from '../../src/content/municipalities';
import { withMunicipalityIds } from '../../scripts/lib/infraProfiles';

/**
 * No Bicep compiler runs offline here. Two checks stand in for it: every infra/*.bicep file is parsed with the
 * tree-sitter-bicep grammar (its WebAssembly build, so nothing native is loaded), and any ERROR or MISSING node
 * fails the test; then a structural check written by hand: a small lexer
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
    expect(analysis.params.get('botAppType')!.allowed).toEqual(['UserAssignedMSI', 'SingleTenant']);
    // A managed identity by default: no client secret to store or rotate. The secret stays an option.
    expect(bicep).toMatch(/param botAppType string = 'UserAssignedMSI'/);
    expect(analysis.params.get('botAppId')!.hasDefault).toBe(true);
    for (const p of ['botAppPassword', 'botAppPasswordSecretUri']) expect(analysis.params.has(p), p).toBe(true);
    expect(analysis.params.get('botSku')!.allowed).toContain('F0');
    expect(analysis.params.get('cosmosCapacityMode')!.allowed).toEqual(['Serverless', 'Provisioned']);
    for (const o of ['webAppHostName', 'botId', 'cosmosEndpoint']) expect(analysis.outputs.has(o), o).toBe(true);
    // azd and the Agents Toolkit write outputs into their env files under these names.
    for (const o of ['BOT_ID', 'BOT_DOMAIN', 'BOT_AZURE_APP_SERVICE_RESOURCE_ID']) expect(analysis.outputs.has(o), o).toBe(true);
  });

  it('offers exactly the municipality profiles the app accepts', () => {
    expect(analysis.params.get('profile')!.allowed).toEqual([...MUNICIPALITY_IDS]);
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

  it('gives the web app Node 24, a managed identity, the settings the app reads and no Cosmos key', () => {
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|24-lts'/);
    expect(bicep).not.toMatch(/NODE\|(1\d|20|22)-lts/);
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

describe('the profile parameter follows the municipality registry (npm run infra:profiles)', () => {
  it('every infra/*.bicep is exactly what the generator writes from src/content/municipalities', () => {
    const files = fs.readdirSync(path.join(ROOT, 'infra')).filter((f) => f.endsWith('.bicep'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = fs.readFileSync(path.join(ROOT, 'infra', name), 'utf8');
      expect(withMunicipalityIds(text, MUNICIPALITY_IDS, DEFAULT_MUNICIPALITY_ID), `infra/${name} is out of date: run npm run infra:profiles`).toBe(text);
    }
  });

  it('a list that drifted from the registry is caught, and the generator puts it back', () => {
    const drifted = bicep.replace(/\n\s*'vestre-toten'/, '');
    expect(analyse(drifted).params.get('profile')!.allowed).not.toEqual([...MUNICIPALITY_IDS]);
    expect(withMunicipalityIds(drifted, MUNICIPALITY_IDS, DEFAULT_MUNICIPALITY_ID)).not.toBe(drifted);
    expect(withMunicipalityIds(drifted, MUNICIPALITY_IDS, DEFAULT_MUNICIPALITY_ID)).toBe(bicep);
  });

  it('a new municipality id lands in the @allowed list and can be the default', () => {
    const ids = [...MUNICIPALITY_IDS, 'ny-kommune'];
    const next = analyse(withMunicipalityIds(bicep, ids, 'ny-kommune'));
    expect(next.params.get('profile')!.allowed).toEqual(ids);
    expect(withMunicipalityIds(bicep, ids, 'ny-kommune')).toMatch(/param profile string = 'ny-kommune'/);
    expect(syntaxErrors(withMunicipalityIds(bicep, ids, 'ny-kommune'))).toEqual([]);
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

// ---------------------------------------------------------------------------------------------
// The grammar: tree-sitter-bicep, loaded from its WebAssembly build with web-tree-sitter.

const BICEP_FILES = fs.readdirSync(path.join(ROOT, 'infra')).filter((f) => f.endsWith('.bicep')).sort();
let bicepParser: Parser;

beforeAll(async () => {
  await Parser.init();
  const wasm = createRequire(__filename).resolve('tree-sitter-bicep/tree-sitter-bicep.wasm');
  bicepParser = new Parser();
  bicepParser.setLanguage(await Language.load(wasm));
});

/** Every place the grammar could not parse: ERROR nodes (unexpected text) and MISSING nodes (expected text absent). */
function syntaxErrors(src: string): string[] {
  const tree = bicepParser.parse(src);
  if (!tree) throw new Error('tree-sitter returned no tree');
  const found: string[] = [];
  const walk = (n: SyntaxNode): void => {
    if (n.type === 'ERROR') found.push(`line ${n.startPosition.row + 1}: cannot parse "${n.text.slice(0, 40)}"`);
    else if (n.isMissing) found.push(`line ${n.startPosition.row + 1}: missing ${n.type}`);
    else for (const c of n.children) if (c) walk(c);
  };
  walk(tree.rootNode);
  tree.delete();
  return found;
}

function declarations(src: string): Record<string, string[]> {
  const tree = bicepParser.parse(src)!;
  const out: Record<string, string[]> = {};
  for (const c of tree.rootNode.namedChildren) {
    if (!c || !c.type.endsWith('_declaration')) continue;
    const name = c.namedChildren.find((x) => x?.type === 'identifier')?.text;
    if (name) (out[c.type] ??= []).push(name);
  }
  tree.delete();
  return out;
}

describe('infra/*.bicep against the tree-sitter-bicep grammar', () => {
  it('finds the templates: main.bicep and the azd entry point', () => {
    expect(BICEP_FILES).toEqual(expect.arrayContaining(['azd.bicep', 'main.bicep']));
  });

  for (const file of BICEP_FILES) {
    it(`parses ${file} without a syntax error`, () => {
      expect(syntaxErrors(fs.readFileSync(path.join(ROOT, 'infra', file), 'utf8'))).toEqual([]);
    });
  }

  it('reports broken copies of main.bicep at the line that is broken (the check can fail)', () => {
    const lineOf = (needle: string) => bicep.slice(0, bicep.indexOf(needle)).split('\n').length;
    const breaks: Array<[string, string, string]> = [
      ["kind: 'azurebot'", "kind 'azurebot'", 'a property without its colon'],
      ["param botSku string = 'F0'", "param botSku = 'F0'", 'a param without its type'],
      ['output botId string = effectiveBotAppId', 'output botId string = effectiveBotAppId +', 'an expression cut short'],
    ];
    for (const [from, to, what] of breaks) {
      expect(bicep, what).toContain(from);
      const errors = syntaxErrors(bicep.replace(from, to));
      expect(errors.length, what).toBeGreaterThan(0);
      expect(errors.join('\n'), what).toContain(`line ${lineOf(from)}:`);
    }
    // An unclosed object swallows the rest of the file; the grammar must still say so somewhere.
    expect(syntaxErrors(bicep.replace("retentionInDays: logRetentionDays\n  }\n}", 'retentionInDays: logRetentionDays\n  }')).length).toBeGreaterThan(0);
    expect(syntaxErrors("param a string = 'x\noutput b string = a\n").length).toBeGreaterThan(0);
  });

  it('sees the same parameters, variables, resources and outputs as the structural check', () => {
    const d = declarations(bicep);
    expect(new Set(d.parameter_declaration)).toEqual(new Set(analysis.params.keys()));
    expect(new Set(d.variable_declaration)).toEqual(analysis.vars);
    expect(new Set(d.resource_declaration)).toEqual(new Set(analysis.resources.keys()));
    expect(new Set(d.output_declaration)).toEqual(analysis.outputs);
  });
});

// ---------------------------------------------------------------------------------------------
// The deployment tools' files: azd (azure.yaml) and the Microsoft 365 Agents Toolkit (m365agents.yml).

function parametersFile(name: string): Record<string, { value: unknown }> {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'infra', name), 'utf8')) as { parameters: Record<string, { value: unknown }> }).parameters;
}

describe('azd: azure.yaml and infra/azd.bicep', () => {
  const azureYaml = parseYaml(fs.readFileSync(path.join(ROOT, 'azure.yaml'), 'utf8')) as {
    name: string;
    infra: { provider: string; path: string; module: string };
    services: Record<string, { project: string; language: string; host: string }>;
  };
  const azd = fs.readFileSync(path.join(ROOT, 'infra', 'azd.bicep'), 'utf8');
  const azdAnalysis = analyse(azd);

  it('provisions a Bicep module that exists, with a parameters file azd fills', () => {
    expect(azureYaml.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    expect(azureYaml.infra.provider).toBe('bicep');
    const module = path.join(ROOT, azureYaml.infra.path, `${azureYaml.infra.module}.bicep`);
    expect(fs.existsSync(module), module).toBe(true);
    const params = parametersFile(`${azureYaml.infra.module}.parameters.json`);
    expect(params.environmentName!.value).toBe('${AZURE_ENV_NAME}');
    for (const name of Object.keys(params)) expect(azdAnalysis.params.has(name), name).toBe(true);
    for (const [name, p] of azdAnalysis.params) if (!p.hasDefault) expect(params, name).toHaveProperty(name);
  });

  it('deploys the code to the web app main.bicep tags for it, built on App Service without dev dependencies', () => {
    expect(azdAnalysis.problems).toEqual([]);
    const [service, config] = Object.entries(azureYaml.services)[0]!;
    expect(Object.keys(azureYaml.services)).toHaveLength(1);
    expect(config).toMatchObject({ project: '.', host: 'appservice' });
    expect(azd).toMatch(new RegExp(`'azd-service-name': '${service}'`));
    expect(azd).toMatch(/module bot 'main\.bicep'/);
    expect(azd).toMatch(/buildOnAppService: true/);
    expect(bicep).toMatch(/tags: webAppTags/);
    // App Service's build for azd's source zip: install, build, then drop every dev dependency (the emulator).
    expect(bicep).toMatch(/name: 'CUSTOM_BUILD_COMMAND'\s+value: 'npm ci[^']*&& npm run build && npm prune --omit=dev/);
    // Every param azd.bicep passes on is one main.bicep declares.
    const passed = /module bot 'main\.bicep' = \{[\s\S]*?params: \{([\s\S]*?)\n {2}\}/.exec(azd)?.[1] ?? '';
    const names = [...passed.matchAll(/^ {4}([A-Za-z]+):/gm)].map((m) => m[1]!);
    expect(names).toContain('namePrefix');
    for (const n of names) expect(analysis.params.has(n), n).toBe(true);
  });

  it('leaves node_modules out of what azd uploads', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.webappignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignore).toContain('node_modules/');
    expect(ignore).not.toContain('src/');
  });
});

describe('Microsoft 365 Agents Toolkit: m365agents.yml', () => {
  type Step = { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> };
  const text = fs.readFileSync(path.join(ROOT, 'm365agents.yml'), 'utf8');
  const doc = parseYaml(text) as { version: string; environmentFolderPath: string; provision: Step[]; deploy: Step[] };
  const envDir = path.join(ROOT, doc.environmentFolderPath);
  const uses = (stage: Step[]) => stage.map((s) => s.uses);

  it('registers the app, provisions main.bicep, validates, zips and updates the app package, then deploys', () => {
    expect(text.split('\n')[0]).toMatch(/yaml\.schema\.json$/);
    expect(doc.version).toMatch(/^v1\.\d+$/);
    expect(uses(doc.provision)).toEqual(['teamsApp/create', 'arm/deploy', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update']);
    expect(uses(doc.deploy)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    expect(doc.deploy.slice(0, 3).map((s) => s.with?.args)).toEqual(['ci --no-audit --no-fund', 'run build', 'run bundle']);
    expect(doc.deploy[3]!.with).toMatchObject({ artifactFolder: 'build/deploy', resourceId: '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}' });
    // The client-secret route is there, commented out, for botAppType SingleTenant.
    expect(text).toMatch(/# - uses: aadApp\/create/);
  });

  it('points at files that exist', () => {
    const arm = doc.provision.find((s) => s.uses === 'arm/deploy')!.with as { templates: Array<{ path: string; parameters: string }> };
    for (const t of arm.templates) {
      expect(fs.existsSync(path.join(ROOT, t.path)), t.path).toBe(true);
      expect(fs.existsSync(path.join(ROOT, t.parameters)), t.parameters).toBe(true);
      for (const name of Object.keys(parametersFile(path.basename(t.parameters)))) expect(analysis.params.has(name), name).toBe(true);
    }
    for (const s of doc.provision.filter((x) => typeof x.with?.manifestPath === 'string')) {
      expect(fs.existsSync(path.join(ROOT, s.with!.manifestPath as string)), s.uses).toBe(true);
    }
    expect(fs.existsSync(path.join(ROOT, 'scripts', 'bundle-app.ts'))).toBe(true);
  });

  it('uses only ${{VAR}}s that the env file defines, a step writes or a Bicep output provides', () => {
    const envFile = fs.readFileSync(path.join(envDir, '.env.dev'), 'utf8');
    const defined = new Set([...envFile.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]!));
    const written = new Set(doc.provision.flatMap((s) => Object.values(s.writeToEnvironmentFile ?? {})));
    const outputs = analysis.outputs;
    const manifest = fs.readFileSync(path.join(ROOT, 'appPackage', 'manifest.template.json'), 'utf8');
    const params = fs.readFileSync(path.join(ROOT, 'infra', 'm365agents.parameters.json'), 'utf8');
    const yamlWithoutComments = text.replace(/^\s*#.*$/gm, '');
    for (const source of [yamlWithoutComments, manifest, params]) {
      for (const [, v] of source.matchAll(/\$\{\{([A-Za-z0-9_]+)\}\}/g)) {
        expect(defined.has(v!) || written.has(v!) || outputs.has(v!), v).toBe(true);
      }
    }
    // Ids and addresses only in the committed env file; secrets belong in the git-ignored .env.<name>.user.
    expect([...defined].filter((k) => /PASSWORD|SECRET|KEY|TOKEN/i.test(k))).toEqual([]);
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^appPackage\/env\/\.env\.\*\.user$/m);
  });
});
