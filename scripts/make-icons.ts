/**
 * Writes appPackage/color.png (192×192) and appPackage/outline.png (32×32) from the shapes in
 * scripts/lib/icons.ts. Pure Node: no imagemagick. Run: npx tsx scripts/make-icons.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderIconFiles } from './lib/icons';

const appPackageDir = path.resolve(__dirname, '..', 'appPackage');
fs.mkdirSync(appPackageDir, { recursive: true });
for (const [name, png] of Object.entries(renderIconFiles())) {
  const file = path.join(appPackageDir, name);
  fs.writeFileSync(file, png);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${png.length} bytes)`);
}
