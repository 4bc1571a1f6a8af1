import { bundleText as bundle } from './bundle-text.js';
import { describe, expect, it } from 'vitest';

// CAL-01: the announced years are data split by year, so a bundle carries only the years it uses.
// 2012's days off and 2025's, as the data writes them.
const Y2012 = '0101-0103 0122-0128 0402-0404';
const Y2025 = '0101 0128-0204 0404-0406';

describe('CAL-01: year data is split by year', () => {
  it('CAL-01: the main entry carries the default years (2025) and not 2012', async () => {
    const text = await bundle(`export * from './src/index.ts';`);
    expect(text).toContain(Y2025);
    expect(text).not.toContain(Y2012);
  });

  it('CAL-01: importing one year from aftersales/calendar carries that year alone', async () => {
    const text = await bundle(`export { cnYear2012 } from './src/calendar/index.ts';`);
    expect(text).toContain(Y2012);
    expect(text).not.toContain(Y2025);
  });

  it('CAL-01: cnAnnouncedCalendar carries them all', async () => {
    const text = await bundle(`export { cnAnnouncedCalendar } from './src/calendar/index.ts';`);
    expect(text).toContain(Y2012);
    expect(text).toContain(Y2025);
  });
});
