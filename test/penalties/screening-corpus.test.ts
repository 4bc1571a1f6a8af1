import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import corpus from '../fixtures/screening-corpus.json' with { type: 'json' };
import { scoreCorpus, type CorpusRow } from '../fixtures/screening-score.js';
import { policies } from '../../src/policies/index.js';
import { screenMessage } from '../../src/penalties/screen-message.js';
import { SCREEN_FINDING_KINDS, type ScreenFindingKind } from '../../src/penalties/screen-finding.js';

const ROWS = corpus.messages as CorpusRow[];
const pdd = (text: string) => screenMessage({ text, sender: 'merchant' }, policies.pinduoduo);
const taobao = (text: string) => screenMessage({ text, sender: 'merchant' }, policies.taobao);
const kinds = (r: ReturnType<typeof pdd>): ScreenFindingKind[] => r.findings.map((f) => f.kind);

describe('PEN-01 screening corpus (test/fixtures/screening-corpus.json)', () => {
  it('PEN-01: the corpus has at least 400 messages, a held-out part, and every finding kind among its positives', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(400);
    const held = ROWS.filter((r) => r.heldOut);
    expect(held.length).toBeGreaterThanOrEqual(150);
    for (const kind of SCREEN_FINDING_KINDS) {
      expect(held.some((r) => r.kind === kind), kind).toBe(true);
      expect(ROWS.some((r) => r.kind === kind && !r.heldOut), kind).toBe(true);
    }
  });

  it('PEN-01: on the held-out part recall is at least 0.95 and precision at least 0.97', () => {
    const { overall, misses } = scoreCorpus(
      ROWS.filter((r) => r.heldOut),
      (r) => screenMessage({ text: r.text, sender: r.sender ?? 'merchant' }, policies.pinduoduo),
    );
    expect(overall.recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(overall.precision, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});

describe('PEN-01 screening: the kinds issue 15 adds', () => {
  it.each<[string, string, ScreenFindingKind, string]>([
    ['PEN-01: a bank card in digit groups after 打到这个卡上', '打到这个卡上 6222 0012 3456 7890 111', 'bank_card', '6222 0012 3456 7890 111'],
    ['PEN-01: a bank card after a bank name', '工商银行 6222 0202 1234 5678 901 户名李明', 'bank_card', '6222 0202 1234 5678 901'],
    ['PEN-01: paying by scanning a QR code (扫码付款)', '扫码付款更快', 'qr_code', '扫码'],
    ['PEN-01: the 微二维码 disguise', '微二维码在主图里', 'qr_code', '微二维码'],
    ['PEN-01: a WeChat official account to order from', '公众号搜“小鹿家居”', 'other_marketplace', '公众号'],
    ['PEN-01: a WeChat mini program to order from', '打开微信小程序下单有赠品', 'other_marketplace', '小程序'],
    ['PEN-01: a second-hand marketplace (转转)', '转转搜我们店', 'other_marketplace', '转转'],
    ['PEN-01: 美团 as another marketplace', '美团外卖上有我们店', 'other_marketplace', '美团'],
    ['PEN-01: paying through WeChat (走微信)', '走微信，便宜20', 'off_platform_payment', '走微信'],
    ['PEN-01: paying the merchant through Alipay (支付宝转我)', '运费你支付宝转我 12 块', 'off_platform_payment', '支付宝转我'],
    ['PEN-01: paying through WeChat with 给我 (支付宝给我转过来)', '差价你支付宝给我转过来', 'off_platform_payment', '支付宝给我转过来'],
    ['PEN-01: a price change then paying the merchant', '改价后直接付给我', 'off_platform_payment', '付给我'],
    ['PEN-01: going around the platform (绕过平台)', '绕过平台直接发货', 'off_platform_payment', '绕过平台'],
    ['PEN-01: an hxxp:// link', '进去下单 hxxp://t.cn/xyz12', 'link', 'hxxp://t.cn/xyz12'],
    ['PEN-01: an area code keeps its opening bracket', '客服热线 (0755) 8888 6666', 'phone_number', '(0755) 8888 6666'],
    ['PEN-01: formal numerals (壹叁捌) are digits', '号码：壹叁捌零零壹叁捌零零零', 'phone_number', '壹叁捌零零壹叁捌零零零'],
    ['PEN-01: an emoji between the characters of 微信 does not hide it', '薇🌸信：mm-1234', 'contact_handle', '薇🌸信：mm-1234'],
  ])('%s', (_title, text, kind, excerpt) => {
    const r = pdd(text);
    expect(r.flagged).toBe(true);
    const f = r.findings.find((x) => x.kind === kind);
    expect(f?.excerpt).toBe(excerpt);
    expect(text.slice(f?.start, f?.end)).toBe(excerpt);
  });

  it.each([
    ['PEN-01: a refusal to add WeChat (不能加微信) is no finding', '亲，平台规定不能加微信哦，有问题在这里说就行'],
    ['PEN-01: a warning not to pay by scanning is no finding', '本店从不要求顾客扫码付款'],
    ['PEN-01: a warning not to go around the platform is no finding', '请勿绕过平台交易'],
    ['PEN-01: paying with WeChat at the platform checkout is no finding', '可以用微信支付，也可以用支付宝'],
    ['PEN-01: a return address with its phone is no finding', '退货地址：广东省深圳市南山区科技南路18号 李先生 13800138000'],
    ['PEN-01: the recipient clause before a phone makes it the address phone', '请寄回：浙江省义乌市工人北路66号，收件人王五，电话 15912345678'],
  ])('%s', (_title, text) => {
    expect(pdd(text)).toEqual({ flagged: false, findings: [], rule: 'PEN-01' });
  });
});

describe('PEN-01 screening: "other marketplace" is relative to the policy', () => {
  it('PEN-01: under policies.taobao, 去淘宝搜我们店 is not another marketplace; under pinduoduo it is', () => {
    expect(kinds(taobao('去淘宝搜我们店'))).not.toContain('other_marketplace');
    expect(kinds(pdd('去淘宝搜我们店'))).toContain('other_marketplace');
  });

  it('PEN-01: under policies.taobao, 我们拼多多店铺 is another marketplace; under pinduoduo it is not', () => {
    expect(taobao('我们拼多多店铺').findings).toEqual([{ kind: 'other_marketplace', excerpt: '拼多多', start: 2, end: 5 }]);
    expect(pdd('我们拼多多店铺').findings).toEqual([]);
  });

  it('PEN-01: the own marketplace is a finding only as the way around it (不走拼多多 / 不走淘宝)', () => {
    expect(kinds(pdd('不走拼多多给你便宜'))).toEqual(['off_platform_payment']);
    expect(kinds(taobao('不走淘宝给你便宜'))).toEqual(['off_platform_payment']);
    expect(kinds(taobao('不走拼多多给你便宜'))).toEqual([]);
  });

  it('PEN-01: links and share codes follow the policy too', () => {
    expect(kinds(pdd('打开 mobile.yangkeduo.com 查看'))).toEqual([]);
    expect(kinds(taobao('打开 mobile.yangkeduo.com 查看'))).toEqual(['link']);
    expect(kinds(taobao('打开 item.taobao.com 查看'))).toEqual([]);
    expect(kinds(pdd('复制￥Ab12Cd34Ef￥打开'))).toEqual(['other_marketplace']);
    expect(kinds(taobao('复制￥Ab12Cd34Ef￥打开'))).toEqual([]);
  });
});

// Sentences join with '。': a sentence end, so no context word of one sentence reaches another.
const tuning = ROWS.filter((r) => !r.heldOut && (r.sender ?? 'merchant') === 'merchant');
const FLAGGED = tuning.filter((r) => r.kind !== null && pdd(r.text).flagged).map((r) => r.text);
// Ordinary material carries no negator: a warning before a flagged phrase is meant to clear it.
const ORDINARY = tuning.filter((r) => r.kind === null && !/不|别|勿|没|禁止|拒绝|谨防|从不/.test(r.text)).map((r) => r.text);
const NEAR_MISSES = tuning.filter((r) => r.kind === null).map((r) => r.text);

describe('PEN-01 screening laws', () => {
  test.prop([fc.constantFrom(...FLAGGED), fc.array(fc.constantFrom(...ORDINARY), { maxLength: 3 }), fc.array(fc.constantFrom(...ORDINARY), { maxLength: 3 })])(
    'PEN-01 law: adding ordinary text around a flagged phrase never un-flags it',
    (phrase, before, after) => {
      const kindsAlone = new Set(kinds(pdd(phrase)));
      const r = pdd([...before, phrase, ...after].join('。'));
      expect(r.flagged).toBe(true);
      for (const k of kindsAlone) expect(kinds(r)).toContain(k);
    },
  );

  test.prop([fc.array(fc.constantFrom(...NEAR_MISSES), { minLength: 1, maxLength: 5 })])(
    'PEN-01 law: a message of only near-miss material is never flagged',
    (parts) => {
      expect(pdd(parts.join('。')).flagged).toBe(false);
    },
  );
});
