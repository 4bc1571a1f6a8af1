/**
 * ISO-8601 on integers. `Date.parse` and `toISOString` cost ~300 ns and ~150 ns per call, more than
 * all the eligibility rules together, so the hot path reads and writes the validated format directly.
 * Days ↔ civil dates use Howard Hinnant's algorithms (proleptic Gregorian, exact for all years).
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  // Every parse comes through here: on non-negative operands `| 0` floors as Math.floor does, at a fraction of its cost.
  // Stryker disable next-line all: a fast path; the general one below gives the same day for every date
  if (yy >= 0 && m >= 0 && yy < 2 ** 31) {
    const era = (yy / 400) | 0;
    const yoe = yy - era * 400;
    const doy = (((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) | 0) + d - 1;
    const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
    return era * 146_097 + doe - 719_468;
  }
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number, as `[year, month, day]`. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  // As above: every instant printed comes through here.
  // Stryker disable next-line all: a fast path; the general one below gives the same date for every day
  if (z >= 0 && z < 2 ** 31) {
    const era = (z / 146_097) | 0;
    const doe = z - era * 146_097;
    const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
    const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
    const mp = ((5 * doy + 2) / 153) | 0;
    const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
    const m = mp + (mp < 10 ? 3 : -9);
    return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
  }
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

/**
 * Epoch ms of `YYYY-MM-DDTHH:mm[:ss[.f…]](Z|±hh:mm)`, the form the schemas admit; anything else is
 * `NaN`. Never `Date.parse`: it reads a string without an offset in the host's zone (TIME-06), so
 * `'2026-12-01 10:00'` would mean three instants on three servers.
 */
export function parseIso(s: string): number {
  const n = s.length;
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(10) !== 84) return Number.NaN;
  const days = daysFromCivil(digit(s, 0) * 1000 + digit(s, 1) * 100 + two(s, 2), two(s, 5), two(s, 8));
  let ms = days * DAY_MS + two(s, 11) * 3_600_000 + two(s, 14) * 60_000;
  let i = 16;
  if (s.charCodeAt(i) === 58) {
    ms += two(s, 17) * 1000;
    i = 19;
    if (s.charCodeAt(i) === 46) {
      let scale = 100;
      for (i++; i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57; i++, scale /= 10) {
        if (scale >= 1) ms += digit(s, i) * scale;
      }
    }
  }
  const c = s.charCodeAt(i);
  if (c === 90 && i === n - 1) return ms;
  if ((c === 43 || c === 45) && i === n - 6) {
    const offset = two(s, i + 1) * 3_600_000 + two(s, i + 4) * 60_000;
    return c === 43 ? ms - offset : ms + offset;
  }
  return Number.NaN;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** `YYYY-MM-DDTHH:mm:ss[.sss]` of local epoch ms (milliseconds only when there are some). */
export function formatLocal(localMs: number): string {
  const days = Math.floor(localMs / DAY_MS);
  let rest = localMs - days * DAY_MS;
  const [y, m, d] = civilFromDays(days);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const sec = Math.floor(rest / 1000);
  // Whole milliseconds, as toISOString prints them: fractional hours (TIME-02) can leave a fraction.
  const ms = Math.floor(rest - sec * 1000);
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${pad2(m)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}:${pad2(sec)}${ms === 0 ? '' : `.${pad3(ms)}`}`;
}

/**
 * `YYYY-MM-DDTHH:mm:ss[.sss]±hh:mm` of local epoch ms, with `offsetMinutes` printed as the offset.
 * Every refund window and deadline is printed through here, so the common case (whole milliseconds
 * in years 0000–9999) is built as one flat string from character codes, with integer arithmetic,
 * rather than from ten concatenated pieces.
 *
 * @example
 * formatIso(Date.UTC(2025, 2, 1, 10) + 8 * 3_600_000, 480) // → '2025-03-01T18:00:00+08:00'
 */
export function formatIso(localMs: number, offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  // Stryker disable next-line ArithmeticOperator: a wrong day sends the instant to formatLocal, which starts over
  const days = Math.floor(localMs / DAY_MS);
  const [y, m, d] = civilFromDays(days);
  // Stryker disable next-line ArithmeticOperator: as above
  const t = localMs - days * DAY_MS;
  // Stryker disable next-line all: the fast path's guard; formatLocal prints every instant the same way, only slower
  if (!(y >= 0 && y <= 9999 && (t | 0) === t && abs < 6000 && (abs | 0) === abs)) {
    return `${formatLocal(localMs)}${offsetMinutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  }
  const h = (t / 3_600_000) | 0;
  const mi = ((t / 60_000) | 0) % 60;
  const sec = ((t / 1000) | 0) % 60;
  const ms = t % 1000;
  const sign = offsetMinutes < 0 ? 45 : 43;
  const oh = (abs / 60) | 0;
  const om = abs % 60;
  // Character codes, two per number (48 + tens, 48 + ones): one call, one flat string.
  const y1 = 48 + ((y / 1000) | 0), y2 = 48 + (((y / 100) | 0) % 10), y3 = 48 + (((y / 10) | 0) % 10), y4 = 48 + (y % 10);
  const m1 = 48 + ((m / 10) | 0), m2 = 48 + (m % 10), d1 = 48 + ((d / 10) | 0), d2 = 48 + (d % 10);
  const h1 = 48 + ((h / 10) | 0), h2 = 48 + (h % 10), i1 = 48 + ((mi / 10) | 0), i2 = 48 + (mi % 10);
  const s1 = 48 + ((sec / 10) | 0), s2 = 48 + (sec % 10);
  const o1 = 48 + ((oh / 10) | 0), o2 = 48 + (oh % 10), o3 = 48 + ((om / 10) | 0), o4 = 48 + (om % 10);
  return ms === 0
    ? String.fromCharCode(y1, y2, y3, y4, 45, m1, m2, 45, d1, d2, 84, h1, h2, 58, i1, i2, 58, s1, s2, sign, o1, o2, 58, o3, o4)
    : String.fromCharCode(y1, y2, y3, y4, 45, m1, m2, 45, d1, d2, 84, h1, h2, 58, i1, i2, 58, s1, s2, 46,
        48 + ((ms / 100) | 0), 48 + (((ms / 10) | 0) % 10), 48 + (ms % 10), sign, o1, o2, 58, o3, o4);
}
