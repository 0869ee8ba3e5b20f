/** "Who should coordinate?" (avklaring av plantype og koordinator): schema, rules engine and form data. */
export {
  adviceInputSchema,
  serviceEntrySchema,
  parseAdviceInput,
  MAX_SERVICES,
  type AdviceInput,
  type AdviceInputRaw,
  type ServiceEntry,
  type InputIssue,
  type ParseResult,
} from './input';
export {
  advise,
  closenessOf,
  givesLastingHelp,
  type Advice,
  type AdviceOk,
  type AdviceRejected,
  type AgeCheck,
  type Barnekoordinator,
  type Candidate,
  type Cited,
  type DecidedBy,
  type FollowUp,
  type PlanKind,
  type PlanNeeded,
  type PlanNeededCode,
  type PlanType,
  type Process,
  type ProcessKind,
  type ProfileSummary,
  type Reminder,
  type Verdict,
} from './advise';
export {
  adviceFormQuestions,
  adviceInputFromForm,
  serviceFactQuestionId,
  SERVICE_FACT_PREFIX,
  type FormQuestion,
  type FormOption,
} from './form';
export { AGE_MIN, AGE_MAX, BARNEKOORDINATOR_UNTIL } from './texts';
export { formatAdvice } from './format';
