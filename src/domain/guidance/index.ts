export { searchTools, type ToolSearchOptions, type ToolSearchResult } from './search';
export { getLevel, getStep, getSpecialRoute, getTool, type LevelView, type StepView, type StepRef, type LevelLink } from './navigator';
export {
  MELDEPLIKT_SITUATIONS,
  MELDEPLIKT_STILL_APPLIES,
  MELDEPLIKT_HOW,
  OPPMERKSOMHETSPLIKT,
  OUTCOME_IDS,
  MELDEPLIKT_START_NODE,
  startMeldeplikt,
  nextNode,
  getOutcome,
  emergencyOutcome,
  listDecisionNodes,
  answerSchema,
  type Answer,
  type CitedText,
  type DutyCitation,
  type DutyList,
  type DutySection,
  type DecisionNode,
  type DecisionStep,
  type MeldepliktOutcome,
  type OutcomeId,
} from './meldeplikt';
export { detectEmergency } from './emergency';
export { classifyGuidanceIntent, type GuidanceIntent } from './intent';
export {
  findNationalIdNumbers,
  containsNationalIdNumber,
  redactNationalIdNumbers,
  isNationalIdNumber,
  valueHoldsNationalIdNumber,
  REDACTED,
  type TextRange,
} from './nationalId';
export { fold, stem, editDistance } from './text';
