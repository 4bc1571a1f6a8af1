import { describe, expect, it } from 'vitest';
import { findings } from './helpers.js';

/*
 * PEN-01 without a label: the number's own shape decides. Mobiles are 11 digits from 13–19, or the
 * same behind 86 / 0086; landlines need their area code written apart; 400/800 lines need a group.
 */
describe('screenMessage: unlabelled numbers (PEN-01)', () => {
  it.each([
    ['看 13800138000', '13800138000'],
    ['看 8613800138000', '8613800138000'],
    ['看 86 138 0013 8000', '86 138 0013 8000'],
    ['看 008613800138000', '008613800138000'],
    ['看 0086 138 0013 8000', '0086 138 0013 8000'],
    ['看 010-6234 5678', '010-6234 5678'],
    ['看 021 6234567', '021 6234567'],
    ['看 0755 86013388', '0755 86013388'],
    ['看 400 123 4567', '400 123 4567'],
    ['看 800-123-4567', '800-123-4567'],
  ])('PEN-01: a mobile (alone or behind 86 / 0086), or a landline or service line with its code written apart: %s', (text, excerpt) => {
    expect(findings(text)).toEqual([['phone_number', excerpt]]);
  });

  it.each([
    ['看 0106234 5678', 'the area code is not the first group'],
    ['看 0755 16013388', 'a local number never starts with 1'],
    ['看 4001234567', 'a service line in one block reads as any other ten digits'],
    ['看 abc13800138000', 'letters glued in front make it a code'],
    ['订单 8613800138000', 'an order label makes it an order number'],
  ])('PEN-01: %s is not flagged (%s)', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
