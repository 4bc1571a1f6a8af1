import { describe, expect, it } from 'vitest';
import { findings } from './helpers.js';

describe('screenMessage: the edges of the number shapes (PEN-01)', () => {
  it('PEN-01: only a 15-digit run that starts 0086 drops four digits to find a mobile', () => {
    expect(findings('123413800138000')).toEqual([]);
    expect(findings('008613800138000')).toEqual([['phone_number', '008613800138000']]);
  });

  it('PEN-01: a landline starts with 0, and its local part is 7–8 digits starting 2–9', () => {
    expect(findings('212-3456789')).toEqual([]);
    expect(findings('010-22345678')).toEqual([['phone_number', '010-22345678']]);
    expect(findings('010-623456789')).toEqual([]);
  });

  it('PEN-01: the area code is the first group, wherever the local part breaks', () => {
    expect(findings('010-6234-5678')).toEqual([['phone_number', '010-6234-5678']]);
    expect(findings('0106-234-5678')).toEqual([]);
  });

  it('PEN-01: a 400 or 800 line starts with 400 or 800', () => {
    expect(findings('123-400-8820')).toEqual([]);
  });

  it('PEN-01: a Luhn-valid number that is not UnionPay (62…) is a card only when labelled', () => {
    expect(findings('4111111111111111')).toEqual([]);
    expect(findings('卡号 4111111111111111')).toEqual([['bank_card', '4111111111111111']]);
  });
});
