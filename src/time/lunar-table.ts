/**
 * CAL-03: the lunar and solar-term dates the provisional years are built on, as data (MM-DD):
 * 除夕 (the eve of 正月初一), 清明 (the solar term), 端午 (五月初五) and 中秋 (八月十五), per year.
 * Taken from lunar-javascript and checked against it in a test — never from `Intl`'s Chinese
 * calendar, which with ICU 78 puts 2027's 春节 on 02-07 (it is 02-06).
 */
export const LUNAR_DATES: Readonly<Record<number, readonly [eve: string, qingming: string, duanwu: string, midAutumn: string]>> =
  /* @__PURE__ */ Object.freeze({
    2027: Object.freeze(['02-05', '04-05', '06-09', '09-15'] as const),
    2028: Object.freeze(['01-25', '04-04', '05-28', '10-03'] as const),
    2029: Object.freeze(['02-12', '04-04', '06-16', '09-22'] as const),
    2030: Object.freeze(['02-02', '04-05', '06-05', '09-12'] as const),
    2031: Object.freeze(['01-22', '04-05', '06-24', '10-01'] as const),
    2032: Object.freeze(['02-10', '04-04', '06-12', '09-19'] as const),
    2033: Object.freeze(['01-30', '04-04', '06-01', '09-08'] as const),
    2034: Object.freeze(['02-18', '04-05', '06-20', '09-27'] as const),
    2035: Object.freeze(['02-07', '04-05', '06-10', '09-16'] as const),
    2036: Object.freeze(['01-27', '04-04', '05-30', '10-04'] as const),
  });
