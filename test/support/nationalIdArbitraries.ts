import fc from './fastCheck';
import { buildNumber, daysIn, SERIES, type NumberParts } from './nationalIds';

/** The parts of a number of any known series, on a day its month has (the year read as 20yy). */
export const numberPartsArb = fc
  .record({
    series: fc.constantFrom(...SERIES),
    yy: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    individual: fc.integer({ min: 0, max: 999 }),
    k1Remainder: fc.integer({ min: 0, max: 3 }),
  })
  .filter((p) => p.day <= daysIn(p.yy, p.month));

/** A valid number of any known series, with the parts it was built from (parts no check digit fits are skipped). */
export const validNumberArb = numberPartsArb
  .map((p) => ({ parts: p, number: buildNumber(p) }))
  .filter((x): x is { parts: NumberParts; number: string } => x.number !== null);
