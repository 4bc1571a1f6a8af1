import { describe, expect, it } from 'vitest';
import { findings } from './helpers.js';

describe('screenMessage: where a number is a phone (PEN-01)', () => {
  it('PEN-01: a mobile is exactly 11 digits, or 86 / 0086 and 11', () => {
    expect(findings('13800138000')).toEqual([['phone_number', '13800138000']]);
    expect(findings('8613800138000')).toEqual([['phone_number', '8613800138000']]);
    expect(findings('008613800138000')).toEqual([['phone_number', '008613800138000']]);
    expect(findings('+8613800138000')).toEqual([['phone_number', '+8613800138000']]);
    expect(findings('1380013800')).toEqual([]);
    expect(findings('138001380001')).toEqual([]);
    expect(findings('9913800138000')).toEqual([]);
    expect(findings('12800138000')).toEqual([]);
  });

  it('PEN-01: a price is never a phone, a space after the sign included', () => {
    expect(findings('￥13800138000')).toEqual([]);
    expect(findings('￥ 13800138000')).toEqual([]);
    expect(findings('x 13800138000')).toEqual([['phone_number', '13800138000']]);
  });

  it('PEN-01: letters glued to digits make a code, unless they name a phone or an app', () => {
    expect(findings('SF13800138000')).toEqual([]);
    expect(findings('13800138000abc')).toEqual([]);
    expect(findings('tel13800138000')).toEqual([['phone_number', '13800138000']]);
    expect(findings('qq13800138000')).toContainEqual(['phone_number', '13800138000']);
  });

  it('PEN-01: groups join across at most three separators', () => {
    expect(findings('138   0013 8000')).toEqual([['phone_number', '138   0013 8000']]);
    expect(findings('138    00138000')).toEqual([]);
  });

  it('PEN-01: a landline is an area code written apart and 7–8 digits that do not start with 0 or 1', () => {
    expect(findings('010-62345678')).toEqual([['phone_number', '010-62345678']]);
    expect(findings('010-6234567')).toEqual([['phone_number', '010-6234567']]);
    expect(findings('0755-86013388')).toEqual([['phone_number', '0755-86013388']]);
    expect(findings('0755-8601338')).toEqual([['phone_number', '0755-8601338']]);
    expect(findings('021-62345678')).toEqual([['phone_number', '021-62345678']]);
    expect(findings('010-12345678')).toEqual([]);
    expect(findings('0755-860133889')).toEqual([]);
    expect(findings('0755-860133')).toEqual([]);
    expect(findings('010-623456')).toEqual([]);
    expect(findings('01062345678')).toEqual([]);
    expect(findings('0106-2345678')).toEqual([]);
  });

  it('PEN-01: a landline written without a break needs a phone label', () => {
    expect(findings('座机01062345678')).toEqual([['phone_number', '01062345678']]);
  });

  it('PEN-01: a 400 or 800 line is 10 digits, written apart or labelled', () => {
    expect(findings('400-820-8820')).toEqual([['phone_number', '400-820-8820']]);
    expect(findings('800-820-8820')).toEqual([['phone_number', '800-820-8820']]);
    expect(findings('4008208820')).toEqual([]);
    expect(findings('热线4008208820')).toEqual([['phone_number', '4008208820']]);
    expect(findings('500-820-8820')).toEqual([]);
    expect(findings('400-820-88201')).toEqual([]);
  });
});

describe('screenMessage: where a number is a bank card (PEN-01)', () => {
  it('PEN-01: an unlabelled UnionPay number of 16–19 digits passing the Luhn check is a card', () => {
    expect(findings('6222021234567894')).toEqual([['bank_card', '6222021234567894']]);
    expect(findings('6222021234567890128')).toEqual([['bank_card', '6222021234567890128']]);
    expect(findings('622202123456782')).toEqual([]);
    expect(findings('6222021234567895')).toEqual([]);
    expect(findings('4222021234567894')).toEqual([]);
  });

  it('PEN-01: labelled 卡号, any 15–19 digits are a card; 20 are not', () => {
    expect(findings('卡号 436742123456789')).toEqual([['bank_card', '436742123456789']]);
    expect(findings('卡号 4367421234567890123')).toEqual([['bank_card', '4367421234567890123']]);
    expect(findings('卡号 43674212345678')).toEqual([]);
    expect(findings('卡号 43674212345678901234')).toEqual([]);
  });

  it('PEN-01: a number label beyond 14 characters, or across a clause break, no longer applies', () => {
    expect(findings('单号，13800138000')).toEqual([['phone_number', '13800138000']]);
    expect(findings('单号 13800138000')).toEqual([]);
    expect(findings(`单号${'很'.repeat(13)}13800138000`)).toEqual([]);
    expect(findings(`单号${'很'.repeat(14)}13800138000`)).toEqual([['phone_number', '13800138000']]);
  });
});
