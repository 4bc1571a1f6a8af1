import { describe, expect, it } from 'vitest';
import { findings } from './helpers.js';

describe('screenMessage: payment and marketplace words (PEN-01)', () => {
  it('PEN-01: a direct payment phrase is the violation by itself, exactly its words', () => {
    expect(findings('差价转账给我')).toEqual([['off_platform_payment', '转账']]);
    expect(findings('私下')).toEqual([['off_platform_payment', '私下']]);
  });

  it('PEN-01: 们 / 外 after a phrase undo it (转我们售后, 平台外 in a warning)', () => {
    expect(findings('我帮您转我们售后')).toEqual([]);
    expect(findings('转我')).toEqual([['off_platform_payment', '转我']]);
  });

  it('PEN-01: a marketplace counts only when the merchant sends the buyer there', () => {
    expect(findings('淘宝上也有卖')).toEqual([]);
    expect(findings('去淘宝')).toEqual([['other_marketplace', '淘宝']]);
    expect(findings('我家淘宝')).toEqual([['other_marketplace', '淘宝']]);
    expect(findings('淘宝店')).toEqual([['other_marketplace', '淘宝']]);
    expect(findings('淘宝 更便宜')).toEqual([['other_marketplace', '淘宝']]);
    expect(findings('淘宝上也是一样的价格店')).toEqual([]);
  });

  it('PEN-01: a marketplace reached after two filler words still counts, after three it does not', () => {
    expect(findings('去的的淘宝')).toEqual([['other_marketplace', '淘宝']]);
    expect(findings('去的的的淘宝')).toEqual([]);
  });

  it('PEN-01: a number-like marketplace name touching digits, a currency sign, a unit or the end is a quantity', () => {
    expect(findings('去1688拿货')).toEqual([['other_marketplace', '1688']]);
    expect(findings('去1688')).toEqual([]);
    expect(findings('去1688元')).toEqual([]);
    expect(findings('去1688 9')).toEqual([]);
    expect(findings('去¥1688拿货')).toEqual([]);
    expect(findings('去¥ 1688拿货')).toEqual([]);
    expect(findings('去11688拿货')).toEqual([]);
  });

  it('PEN-01: a QR word counts only beside adding, paying or joining, within its clause', () => {
    expect(findings('扫码加我')).toEqual([['qr_code', '扫码']]);
    expect(findings('加我扫码')).toEqual([['qr_code', '扫码']]);
    expect(findings('扫码查真伪')).toEqual([]);
    expect(findings('扫码查真伪，加我')).toEqual([]);
    expect(findings(`二维码${'很'.repeat(23)}加`)).toEqual([['qr_code', '二维码']]);
    expect(findings(`二维码${'很'.repeat(24)}加`)).toEqual([]);
    expect(findings(`加${'很'.repeat(23)}二维码`)).toEqual([['qr_code', '二维码']]);
    expect(findings(`加${'很'.repeat(24)}二维码`)).toEqual([]);
  });

  it('PEN-01: a negated phrase is a warning, not a violation', () => {
    expect(findings('不要私下交易')).toEqual([]);
    expect(findings('不要去淘宝')).toEqual([]);
  });
});

describe('screenMessage: chat handles and phone words (PEN-01)', () => {
  it('PEN-01: a handle needs five letters or digits, and a digit, a mark or an explicit introduction', () => {
    expect(findings('微信 abc12')).toEqual([['contact_handle', '微信 abc12']]);
    expect(findings('微信 abc1')).toEqual([]);
    expect(findings('微信 abc_de')).toEqual([['contact_handle', '微信 abc_de']]);
    expect(findings('微信 ab_cd')).toEqual([]);
    expect(findings('微信 abcde')).toEqual([]);
    expect(findings('微信号 abcde')).toEqual([['contact_handle', '微信号 abcde']]);
    expect(findings('微信:abcde')).toEqual([['contact_handle', '微信:abcde']]);
  });

  it('PEN-01: a weak label (v, 微) names an app only before a colon or after 加', () => {
    expect(findings('v:abc123')).toEqual([['contact_handle', 'v:abc123']]);
    expect(findings('v abc123')).toEqual([]);
    expect(findings('加v')).toEqual([['contact_handle', '加v']]);
    expect(findings('联系v')).toEqual([]);
    expect(findings('220v:abc123')).toEqual([]);
    expect(findings('增加v')).toEqual([]);
  });

  it('PEN-01: 微 before another Han character is a word, except before 我', () => {
    expect(findings('加微波炉')).toEqual([]);
    expect(findings('加微我')).toEqual([['contact_handle', '加微']]);
  });

  it('PEN-01: an app’s name steers after a verb or before a steering word, and not as a payment channel', () => {
    expect(findings('联系微信')).toEqual([['contact_handle', '联系微信']]);
    expect(findings('微信联系')).toEqual([['contact_handle', '微信联系']]);
    expect(findings('我的微信')).toEqual([['contact_handle', '我的微信']]);
    expect(findings('微信')).toEqual([]);
    expect(findings('微信支付')).toEqual([]);
    expect(findings('不要加微信')).toEqual([]);
  });

  it('PEN-01: a phone word steers with a verb before it or a request after it', () => {
    expect(findings('留个电话')).toEqual([['phone_number', '留个电话']]);
    expect(findings('电话发我')).toEqual([['phone_number', '电话发我']]);
    expect(findings('电话 发我')).toEqual([['phone_number', '电话 发我']]);
    expect(findings('电话很好')).toEqual([]);
    expect(findings('不用留电话')).toEqual([]);
  });
});
