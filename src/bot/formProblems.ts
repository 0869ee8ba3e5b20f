/**
 * Problems with what a person entered on a card form, ready for the card: every problem at once, one line each
 * for the top of the card ("«Label»: what to do") and the same words for a red line beside the field. Any form
 * card can use it (avklaring, meetings): the caller words each problem from its own i18n texts and names the
 * field by the input id on its card; a field the card does not show is never named, only the whole form.
 */
export interface FormProblems {
  top: string[];
  byField: Record<string, string>;
}

export const NO_PROBLEMS: FormProblems = { top: [], byField: {} };

export interface WordedProblem {
  /** The input id on the card. */
  field: string;
  /** What to do, in the user's words. */
  text: string;
}

export function collectProblems(
  worded: WordedProblem[],
  labelOf: (field: string) => string | undefined,
  line: (label: string, text: string) => string,
  unknownField: string,
): FormProblems {
  const byField: Record<string, string> = {};
  const top: string[] = [];
  for (const w of worded) {
    if (byField[w.field]) continue;
    byField[w.field] = w.text;
    const label = labelOf(w.field);
    top.push(label ? line(label, w.text) : unknownField);
  }
  return { top: [...new Set(top)], byField };
}

/** The lines as card template data (`"$data": "${errors}"` over a TextBlock with `"${line}"`). */
export const problemLines = (problems: FormProblems): { line: string }[] => problems.top.map((line) => ({ line }));
