import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { compileCalendar, provisionalYearsIn } from '../../src/time/calendar.js';
import { dayOf } from '../../src/time/local-date.js';

/** The years whose days overlap `lo…hi`, by a scan of every year: the definition the search must meet. */
const byScan = (years: readonly number[], lo: number, hi: number): number[] =>
  [...years].sort((a, b) => a - b).filter((y) => dayOf(`${y}-01-01`) <= hi && dayOf(`${y}-12-31`) >= lo);

const FIRST = 2024;
const LAST = 2124;

describe('CAL-03: provisionalYearsIn finds the years a span touched by binary search', () => {
  test.prop([
    fc.uniqueArray(fc.integer({ min: FIRST, max: LAST }), { maxLength: 101 }),
    fc.integer({ min: dayOf(`${FIRST}-01-01`) - 400, max: dayOf(`${LAST}-12-31`) + 400 }),
    fc.integer({ min: 0, max: 3000 }),
    fc.boolean(),
  ])('CAL-03: the same years, ascending, as a scan over every provisional year, the span given either way round', (years, from, length, backwards) => {
    const calendar = compileCalendar({ id: 't', covers: { from: `${FIRST}-01-01`, to: `${LAST}-12-31` }, holidays: [], makeUpWorkingDays: [], provisionalYears: years });
    const [a, b] = backwards ? [from + length, from] : [from, from + length];
    const found = provisionalYearsIn(calendar, a, b);
    const expected = byScan(years, from, from + length);
    return found.length === expected.length && found.every((y, i) => y === expected[i]);
  });
});
