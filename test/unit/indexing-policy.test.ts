import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES_COMPOSITE_INDEXES } from '../../src/store/containers';
import { EQUALITY_INDEXED_FIELDS } from '../../src/store/embeddedPartitionIndex';

/** The Bicep deploys the indexing policy Azure runs; the local store is created with the same composite indexes. */
describe('cases container indexing policy', () => {
  const bicep = readFileSync(join(__dirname, '../../infra/main.bicep'), 'utf8');
  const block = bicep.slice(bicep.indexOf('var casesCompositeIndexes'), bicep.indexOf('// Monitoring'));
  const fromBicep = [...block.matchAll(/\[\s*((?:\{\s*path: '[^']+'\s*order: '[^']+'\s*\}\s*)+)\]/g)].map((m) =>
    [...m[1]!.matchAll(/path: '([^']+)'\s*order: '([^']+)'/g)].map((p) => ({ path: p[1], order: p[2] })),
  );

  it('lists the same composite indexes in infra/main.bicep and src/store/containers.ts', () => {
    expect(fromBicep.length).toBeGreaterThan(0);
    expect(fromBicep).toEqual(CASES_COMPOSITE_INDEXES.map((i) => i.map((p) => ({ ...p }))));
  });

  it('gives them to the cases container only, beside the default every-path policy', () => {
    expect(bicep).toMatch(/compositeIndexes: c\.name == 'cases' \? casesCompositeIndexes : \[\]/);
    expect(bicep).toMatch(/includedPaths: \[\s*\{\s*path: '\/\*'\s*\}\s*\]/);
  });

  it('indexes on Azure every field the local store keeps an equality index on (the reminder poll filters on /status)', () => {
    const excluded = [...bicep.slice(bicep.indexOf('excludedPaths:'), bicep.indexOf('compositeIndexes: c.name')).matchAll(/path: '([^']+)'/g)].map((m) => m[1]);
    expect(excluded).toEqual(['/"_etag"/?']);
    expect(EQUALITY_INDEXED_FIELDS).toContain('status');
    for (const f of EQUALITY_INDEXED_FIELDS) expect(excluded.some((p) => p === `/${f}/?` || p === `/${f}/*` || p === '/*')).toBe(false);
  });

  it('every list query of the cases container that sorts has an index that starts with its filter and ends with its sort', () => {
    const src = (f: string) => readFileSync(join(__dirname, '../../src/store', f), 'utf8');
    const sorts = [...['cases.ts', 'meetings.ts', 'avklaring.ts'].flatMap((f) => [...src(f).matchAll(/'c\.(\w+) (ASC|DESC)'/g)])].map((m) => ({
      path: `/${m[1]}`,
      order: m[2] === 'ASC' ? 'ascending' : 'descending',
    }));
    expect(sorts.length).toBeGreaterThan(0);
    for (const s of sorts) expect(CASES_COMPOSITE_INDEXES.some((i) => i[0]!.path === '/type' && i[i.length - 1]!.path === s.path && i[i.length - 1]!.order === s.order)).toBe(true);
  });
});
