import type { FactTopic } from '../../domain/guidance/facts';
import type { ToolTopic } from '../../domain/nlu/intents';

/** The verktøy search each tool topic of the free-text router runs (src/domain/guidance/search.ts), in both profiles. */
export const TOOL_QUERIES: Record<ToolTopic, string> = {
  samtykke: 'samtykke',
  samtale: 'snakke med barn samarbeide med barn og ungdom',
  fravaer: 'fravær',
  plan: 'opprette tverrfaglig plan samspill',
  stafettlogg: 'stafettlogg',
  mote: 'gode møter',
  referatmal: 'mal møtereferat',
  observasjon: 'observasjonsskjema bekymringsskala',
  skolemiljo: 'trygt skolemiljø barnehagemiljø',
  foreldre: 'samarbeide med foreldre',
  mal: 'felles mål',
  deltakere: 'deltakere',
  avslutte: 'arkivering avslutte planer',
  rettigheter: 'barns rettigheter',
};

/**
 * The rule a tool topic's questions usually ask about ("hvor ofte skal vi møtes?", "kan en 15-åring samtykke
 * selv?"): its facts come first on the answer, before the tools.
 */
export const TOOL_FACTS: Partial<Record<ToolTopic, FactTopic>> = {
  mote: 'meetings',
  referatmal: 'minutes',
  rettigheter: 'childVoice',
  samtykke: 'consent',
};
