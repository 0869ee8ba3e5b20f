import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MUNICIPALITY_ID, MUNICIPALITY_IDS } from '../src/content/municipalities';
import { withMunicipalityIds } from './lib/infraProfiles';

/**
 * Writes the municipality ids of src/content/municipalities into infra/*.bicep (the `profile` parameter's
 * @allowed list and default). Run after adding a municipality: npm run infra:profiles
 * With --check it changes nothing and exits 1 when a file is out of date.
 */
const check = process.argv.includes('--check');
const dir = path.resolve(__dirname, '..', 'infra');
let stale = 0;
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.bicep')).sort()) {
  const file = path.join(dir, name);
  const text = fs.readFileSync(file, 'utf8');
  const next = withMunicipalityIds(text, MUNICIPALITY_IDS, DEFAULT_MUNICIPALITY_ID);
  if (next === text) continue;
  stale++;
  if (check) console.error(`infra/${name}: the profile parameter does not list ${MUNICIPALITY_IDS.join(', ')}`);
  else {
    fs.writeFileSync(file, next);
    console.log(`infra/${name}: profile parameter set to ${MUNICIPALITY_IDS.join(', ')}`);
  }
}
if (check && stale > 0) process.exit(1);
