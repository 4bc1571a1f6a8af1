import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatLocal, parseIso } from '../../src/time/iso.js';

describe('ISO-8601 on integers (TIME-06)', () => {
  it('TIME-06: parses every admitted form exactly as Date.parse does', () => {
    for (const s of [
      '2025-03-01T10:00:00+08:00',
      '2025-03-01T10:00+08:00',
      '2025-03-01T10:00:00Z',
      '2025-03-01T10:00:00.5Z',
      '2025-03-01T10:00:00.123456789-05:30',
      '2024-02-29T23:59:59.999+14:00',
      '1969-12-31T23:59:59.999Z',
    ]) {
      expect(parseIso(s), s).toBe(Date.parse(s));
    }
  });

  test.prop([fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -14 * 60, max: 14 * 60 })])(
    'TIME-06 law: parsing agrees with Date.parse for any instant written at any offset, and formatting round-trips',
    (date, offsetMinutes) => {
      const t = date.getTime();
      const local = formatLocal(t + offsetMinutes * 60_000);
      const abs = Math.abs(offsetMinutes);
      const iso = `${local}${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
      expect(parseIso(iso)).toBe(t);
      expect(Date.parse(iso)).toBe(t);
    },
  );

  test.prop([fc.integer({ min: -700_000, max: 2_900_000 })])('law: civilFromDays inverts daysFromCivil', (days) => {
    const [y, m, d] = civilFromDays(days);
    expect(daysFromCivil(y, m, d)).toBe(days);
    expect(new Date(days * 86_400_000).toISOString().slice(0, 10)).toBe(
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
  });
});
