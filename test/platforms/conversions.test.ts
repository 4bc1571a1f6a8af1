import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MAX_FEN } from '../../src/model/instant.js';
import { beijingTimeToInstant } from '../../src/platforms/beijing-time.js';
import { amountToFen, fenToYuan, yuanToFen } from '../../src/platforms/yuan.js';
import { unwrap } from '../results.js';

describe('yuan strings to integer fen', () => {
  it.each([
    ['19.90', 1990],
    ['200.07', 20007],
    ['5', 500],
    ['0.1', 10],
    ['0.00', 0],
    ['007.50', 750],
    ['100000000000', MAX_FEN],
  ])('reads %s as %i fen', (yuan, fen) => {
    expect(yuanToFen(yuan)).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['-1.00', 'negative_amount'],
    ['0.005', 'too_many_decimals'],
    ['19.999', 'too_many_decimals'],
    ['1e3', 'invalid_amount'],
    ['', 'invalid_amount'],
    ['19.', 'invalid_amount'],
    ['１９.９０', 'invalid_amount'],
    ['100000000000.01', 'above_max_fen'],
    ['99999999999999999999', 'above_max_fen'],
  ])('refuses %j with %s at the path given', (yuan, code) => {
    const r = yuanToFen(yuan, ['refund', 'refund_fee']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code, path: ['refund', 'refund_fee'] });
  });

  it('takes integer fen as they are and refuses a fraction or a negative', () => {
    expect(amountToFen(1990, ['x'])).toEqual({ ok: true, value: 1990 });
    expect(amountToFen(19.9, ['x'])).toMatchObject({ ok: false, error: { code: 'invalid_amount' } });
    expect(amountToFen(-1, ['x'])).toMatchObject({ ok: false, error: { code: 'negative_amount' } });
    expect(amountToFen(MAX_FEN + 1, ['x'])).toMatchObject({ ok: false, error: { code: 'above_max_fen' } });
  });

  it('writes fen with two decimals', () => {
    expect([0, 5, 10, 1990, 20007, MAX_FEN].map((fen) => unwrap(fenToYuan(fen)))).toEqual(['0.00', '0.05', '0.10', '19.90', '200.07', '100000000000.00']);
    for (const bad of [1.5, -1, MAX_FEN + 1, Number.NaN]) expect(fenToYuan(bad, ['refund_fee'])).toMatchObject({ ok: false, error: { code: 'invalid_amount', path: ['refund_fee'] } });
  });

  test.prop([fc.integer({ min: 0, max: MAX_FEN })])('law: fen → yuan → fen is the identity', (fen) => {
    expect(yuanToFen(unwrap(fenToYuan(fen)))).toEqual({ ok: true, value: fen });
  });

  // Yuan strings built digit by digit, in every form the platforms write (no decimals, one, two).
  const arbYuan = fc
    .tuple(fc.integer({ min: 0, max: 10 ** 11 - 1 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(0, 1, 2))
    .map(([whole, cents, places]) => {
      const c = places === 1 ? cents - (cents % 10) : places === 0 ? 0 : cents;
      const text = places === 0 ? `${whole}` : `${whole}.${String(places === 1 ? c / 10 : c).padStart(places, '0')}`;
      return { text, fen: whole * 100 + c };
    });
  test.prop([arbYuan])('law: yuan → fen is exact and fen → yuan gives the same amount back', ({ text, fen }) => {
    expect(yuanToFen(text)).toEqual({ ok: true, value: fen });
    expect(yuanToFen(unwrap(fenToYuan(fen)))).toEqual({ ok: true, value: fen });
  });
});

describe('Beijing platform times to instants', () => {
  it('gives an offset-less platform time Beijing time’s offset', () => {
    expect(beijingTimeToInstant('2026-03-01 10:00:00')).toEqual({ ok: true, value: '2026-03-01T10:00:00+08:00' });
    expect(beijingTimeToInstant('2024-02-29 23:59:59')).toEqual({ ok: true, value: '2024-02-29T23:59:59+08:00' });
  });

  it.each(['2026-02-30 10:00:00', '2025-02-29 10:00:00', '2026-13-01 10:00:00', '2026-04-31 00:00:00', '2026-03-01 24:00:00', '2026-03-01 10:60:00', '2026-03-01T10:00:00', '2026-03-01 10:00', '1999-12-31 10:00:00', '2026-03-01 10:00:00+08:00'])(
    'refuses %j as invalid_time at its path',
    (text) => {
      expect(beijingTimeToInstant(text, ['refund', 'created'])).toMatchObject({ ok: false, error: { code: 'invalid_time', path: ['refund', 'created'] } });
    },
  );
});
