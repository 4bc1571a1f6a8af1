import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import corpus from '../fixtures/merchant-messages.json' with { type: 'json' };
import { policies } from '../../src/policies/index.js';
import { screenMessage } from '../../src/penalties/screen-message.js';
import type { ChatMessage } from '../../src/penalties/screen-finding.js';
import { UNDER_MUTATION } from '../fixtures/mutation.js';

const AT = '2025-03-01T10:00:00+08:00';
const merchant = (text: string): ChatMessage => ({ text, sender: 'merchant', at: AT });
const screen = (text: string) => screenMessage(merchant(text), policies.pinduoduo);

const ORDINARY = corpus.messages.filter((m) => m.expected === null).map((m) => m.text);
const VIOLATIONS = corpus.messages.filter((m) => m.expected !== null).map((m) => m.text);
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (min: number, max: number) => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));

/** An ordinary message: one to four ordinary sentences, and the clause break that joins them. */
const arbOrdinary = fc.tuple(
  fc.array(fc.constantFrom(...ORDINARY), { minLength: 1, maxLength: 4 }),
  fc.constantFrom('，', '。', '！', '\n', '; '),
);

/** Puts `inserted` between two sentences of an ordinary message, at position `at` (taken modulo). */
const insert = ([parts, glue]: readonly [readonly string[], string], inserted: string, at: number): string => {
  const k = at % (parts.length + 1);
  return [...parts.slice(0, k), inserted, ...parts.slice(k)].join(glue);
};

const arbTracking = fc.oneof(
  fc.tuple(fc.constantFrom('', '快递单号', '运单号：', '顺丰 ', 'tracking no. '), fc.constantFrom('SF', 'YT', 'JT', 'ZTO', 'YD', 'JD'), digits(10, 13))
    .map(([label, courier, n]) => `${label}${courier}${n}`),
  fc.tuple(fc.constantFrom('快递单号', '运单号 ', '中通快递单号：', '物流单号', '韵达 '), digits(12, 15)).map(([label, n]) => `${label}${n}`),
);
const arbOrderNumber = fc
  .tuple(fc.constantFrom('', '订单号', '订单编号：', 'Order ', '售后单号 '), fc.integer({ min: 240101, max: 261231 }), digits(15, 15))
  .map(([label, date, n]) => `${label}${date}-${n}`);
const arbPrice = fc.oneof(
  fc.tuple(fc.constantFrom('¥', '￥'), fc.integer({ min: 1, max: 99_999 }), fc.option(digits(2, 2), { nil: undefined }))
    .map(([sign, yuan, fen]) => `${sign}${yuan}${fen === undefined ? '' : `.${fen}`}`),
  fc.integer({ min: 1, max: 99_999 }).map((yuan) => `价格 ${yuan} 元`),
);

const SEPARATORS = ['', '', '', ' ', '-', '.', ' - '];
/** A mainland mobile number, its digits split by any mix of separators, with or without +86. */
const arbPhone = fc
  .tuple(
    fc.integer({ min: 3, max: 9 }),
    digits(9, 9),
    fc.array(fc.constantFrom(...SEPARATORS), { minLength: 10, maxLength: 10 }),
    fc.constantFrom('', '+86 ', '+86-', '0086 ', '+86'),
    fc.boolean(),
  )
  .map(([second, rest, seps, prefix, fullWidth]) => {
    const ds = `1${second}${rest}`;
    const spaced = [...ds].map((d, i) => d + (seps[i] ?? '')).join('');
    const text = `${prefix}${spaced}`;
    return fullWidth ? text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : text;
  });

/** Any text at all, with the screener's favourite tokens mixed in so findings actually occur. */
const arbAnyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...VIOLATIONS, ...ORDINARY, '微信', '加V', '１３８', '\u200b', '😀', ' - ', '❤', 'ｗｘ：', '扣扣', '￥', 'http://', '.com'),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const HOST_TZ = process.env.TZ;
afterEach(() => {
  if (HOST_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = HOST_TZ;
});

describe('screenMessage laws', () => {
  test.prop([arbOrdinary, fc.oneof(arbTracking, arbOrderNumber, arbPrice), fc.nat()])(
    'PEN-01 law: inserting a tracking number, order number or price into an ordinary message never flags it',
    (message, number, at) => {
      expect(screen(insert(message, number, at)).flagged).toBe(false);
    },
  );

  test.prop([arbOrdinary, arbPhone, fc.nat()])(
    'PEN-01 law: inserting a phone number with any separators into any message always flags it',
    (message, phone, at) => {
      const r = screen(insert(message, phone, at));
      expect(r.flagged).toBe(true);
      expect(r.findings.some((f) => f.kind === 'phone_number' && phone.includes(f.excerpt.replace(/^\+/, '')))).toBe(true);
    },
  );

  test.prop([fc.constantFrom(...VIOLATIONS, ...ORDINARY), arbPhone])(
    'PEN-01 law: a phone number after any corpus sentence, as its own clause, is flagged',
    (sentence, phone) => {
      expect(screen(`${sentence}，${phone}`).findings.some((f) => f.kind === 'phone_number')).toBe(true);
    },
  );

  test.prop([arbAnyText])('PEN-01 law: every finding lies inside the text and its excerpt is text.slice(start, end)', (text) => {
    for (const f of screen(text).findings) {
      expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
    }
  });

  test.prop([arbAnyText])('PEN-01 law: findings come in text order and never overlap another finding of their kind', (text) => {
    const { findings } = screen(text);
    for (let i = 1; i < findings.length; i++) {
      const [a, b] = [findings[i - 1], findings[i]];
      if (a === undefined || b === undefined) continue;
      expect(a.start <= b.start).toBe(true);
    }
    for (const kind of new Set(findings.map((f) => f.kind))) {
      const same = findings.filter((f) => f.kind === kind);
      for (let i = 1; i < same.length; i++) expect((same[i]?.start ?? 0) > (same[i - 1]?.end ?? 0)).toBe(true);
    }
  });

  test.prop([arbAnyText])('PEN-01 law: flagged under the PDD policy exactly when there are findings', (text) => {
    const r = screen(text);
    expect(r.flagged).toBe(r.findings.length > 0);
  });

  test.prop([arbAnyText])('PEN-01 law: a buyer\'s message never yields findings', (text) => {
    expect(screenMessage({ text, sender: 'buyer', at: AT }, policies.pinduoduo).findings).toEqual([]);
  });

  test.prop([arbAnyText, fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Chatham')])(
    'PEN-01 law: findings do not depend on the host time zone',
    (text, zone) => {
      const here = screen(text);
      process.env.TZ = zone;
      expect(screen(text)).toEqual(here);
    },
  );

  // Pads past the reused buffers' 64 K cap (short ones under mutation testing, where the example
  // after this law covers the cap).
  test.prop([arbAnyText, arbAnyText, fc.nat({ max: UNDER_MUTATION ? 400 : 70_000 })])(
    'PEN-01 law: a result does not depend on what was screened before (reused buffers leak nothing)',
    (text, other, pad) => {
      const alone = screen(text);
      screen(`${other}${'微'.repeat(pad)}${other}`);
      expect(screen(text)).toEqual(alone);
    },
  );

  it('PEN-01: a text past the reused buffers’ 64 K cap leaks nothing into the next one', () => {
    const text = '亲，加我微信 abc12345，或者打 138 0013 8000';
    const alone = screen(text);
    const huge = screen(`去淘宝${'微'.repeat(70_000)}二维码 www.shop.com`);
    // Its own findings past the cap are all there: a buffer of its own, not a clipped scratch one.
    expect(huge.findings.map((f) => [f.kind, f.excerpt])).toEqual([
      ['other_marketplace', '淘宝'],
      ['qr_code', '微二维码'],
      ['link', 'www.shop.com'],
    ]);
    expect(screen(text)).toEqual(alone);
    screen('x');
    expect(screen(text)).toEqual(alone);
  });

  test.prop([arbAnyText])('PEN-01 law: screening does not mutate its input', (text) => {
    const message = Object.freeze(merchant(text));
    screenMessage(message, policies.pinduoduo);
    expect(message).toEqual(merchant(text));
  });
});
