/**
 * The Bicep side of the municipality registry: the `profile` parameter's @allowed list and default are written
 * from src/content/municipalities, never by hand. scripts/sync-infra-profiles.ts applies this to infra/*.bicep;
 * test/unit/infra.test.ts fails when a file differs from what this would write.
 */

const PARAM = /^([ \t]*)param profile string(?: = '[^'\n]*')?[ \t]*$/m;
const ALLOWED_ABOVE = /@allowed\(\[[^\]]*\]\)\n[ \t]*$/;

/** The Bicep text with the profile parameter's default set and, where the file restricts it, its @allowed list. */
export function withMunicipalityIds(bicep: string, ids: readonly string[], defaultId: string): string {
  const m = PARAM.exec(bicep);
  if (!m) return bicep;
  const indent = m[1] ?? '';
  const before = bicep.slice(0, m.index);
  const after = bicep.slice(m.index + m[0].length);
  const param = `${indent}param profile string = '${defaultId}'`;
  const allowed = ALLOWED_ABOVE.exec(before);
  if (!allowed) return `${before}${param}${after}`;
  const list = `@allowed([\n${ids.map((id) => `${indent}  '${id}'`).join('\n')}\n${indent}])\n${indent}`;
  return `${before.slice(0, allowed.index)}${list}${param}${after}`;
}
