import * as fs from 'node:fs';
import * as path from 'node:path';

let root: string | undefined;

/** The folder with package.json: the same from src/ (tsx, tests) and dist/src/ (compiled). */
export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  root = dir;
  return dir;
}
