// The slice of lunar-javascript (no bundled types) the CAL-03 table check uses.
declare module 'lunar-javascript' {
  interface Solar {
    toYmd(): string;
    next(days: number): Solar;
  }
  interface Lunar {
    getSolar(): Solar;
    getJieQiTable(): Record<string, Solar>;
  }
  export const Lunar: { fromYmd(y: number, m: number, d: number): Lunar };
}
