// The package's lib/ is ESM and does not load in Node; the UMD bundle parses and validates without a DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');
import { teamsLightHostConfig } from './teamsHostConfig';

/** Teams supports Adaptive Cards up to 1.5 and messages up to about 28 KB. */
export const TEAMS_CARD_VERSION = '1.5';
export const MAX_CARD_BYTES = 28 * 1024;

/** Everything wrong with a bound card, as readable lines; empty when Teams will accept and show it. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const c = card as Record<string, unknown>;
  if (c?.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (c?.version !== TEAMS_CARD_VERSION) problems.push(`version is ${String(c?.version)}, Teams needs ${TEAMS_CARD_VERSION}`);
  if (typeof c?.fallbackText !== 'string' || !c.fallbackText.trim()) problems.push('no fallbackText for clients that cannot draw the card');
  const json = JSON.stringify(card);
  if (json.includes('${')) problems.push(`unbound template expression: ${json.slice(json.indexOf('${'), json.indexOf('${') + 60)}`);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
  const adaptiveCard = new AC.AdaptiveCard();
  // Checked against what Teams allows (its host config: six actions per set, say), not the renderer's defaults.
  adaptiveCard.hostConfig = new AC.HostConfig(teamsLightHostConfig);
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  adaptiveCard.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${e.message}`);
  }
  for (const e of adaptiveCard.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  return problems;
}

export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
