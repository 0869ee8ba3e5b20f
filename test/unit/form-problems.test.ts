import { describe, it, expect } from 'vitest';
import { collectProblems, problemLines } from '../../src/bot/formProblems';

describe('form problems for a card', () => {
  const labels: Record<string, string> = { age: 'Barnets alder', when: 'Tidspunkt' };
  const build = (worded: { field: string; text: string }[]) =>
    collectProblems(worded, (f) => labels[f], (label, text) => `«${label}»: ${text}`, 'Noe i skjemaet kunne ikke leses.');

  it('gives every problem once, at the top by label and beside its field, never the field id', () => {
    const p = build([
      { field: 'age', text: 'Skriv alderen.' },
      { field: 'when', text: 'Velg et tidspunkt.' },
      { field: 'age', text: 'Andre ord for samme felt.' },
    ]);
    expect(p.top).toEqual(['«Barnets alder»: Skriv alderen.', '«Tidspunkt»: Velg et tidspunkt.']);
    expect(p.byField).toEqual({ age: 'Skriv alderen.', when: 'Velg et tidspunkt.' });
    expect(problemLines(p)).toEqual([{ line: '«Barnets alder»: Skriv alderen.' }, { line: '«Tidspunkt»: Velg et tidspunkt.' }]);
  });

  it('names a field the card does not show only as the whole form', () => {
    const p = build([{ field: 'internalThing', text: 'x' }]);
    expect(p.top).toEqual(['Noe i skjemaet kunne ikke leses.']);
    expect(p.top.join(' ')).not.toContain('internalThing');
  });
});
