import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/model/policy.js';
import { policies } from '../../src/policies/index.js';
import { FindingSink, SCREEN_FINDING_KINDS } from '../../src/penalties/screen-finding.js';
import { screenMessage } from '../../src/penalties/screen-message.js';

const screen = (text: string, sender: 'merchant' | 'buyer' | 'platform' = 'merchant', policy: Pick<Policy, 'penalties'> = policies.pinduoduo) =>
  screenMessage({ text, sender }, policy);
const triples = (sink: FindingSink) => sink.merged((kind, start, end) => [kind, start, end] as const, () => false);

describe('FindingSink (PEN-01)', () => {
  it('PEN-01: a finding that overlaps or touches the latest of its kind extends it, either way', () => {
    const sink = new FindingSink();
    sink.add('link', 4, 8);
    sink.add('link', 8, 10);
    sink.add('link', 2, 4);
    sink.add('link', 5, 6);
    expect(sink.size).toBe(1);
    expect(triples(sink)).toEqual([['link', 2, 10]]);
  });

  it('PEN-01: findings apart by a gap, or of another kind, stay apart', () => {
    const sink = new FindingSink();
    sink.add('link', 0, 3);
    sink.add('link', 4, 6);
    sink.add('qr_code', 5, 9);
    sink.add('phone_number', 0, 3);
    expect(sink.size).toBe(4);
    expect(triples(sink)).toEqual([
      ['link', 0, 3],
      ['phone_number', 0, 3],
      ['link', 4, 6],
      ['qr_code', 5, 9],
    ]);
  });

  it('PEN-01: findings come out in text order, by start and then end, whatever order they went in', () => {
    const sink = new FindingSink();
    sink.add('qr_code', 10, 12);
    sink.add('link', 3, 9);
    sink.add('bank_card', 3, 5);
    sink.add('phone_number', 0, 2);
    expect(triples(sink)).toEqual([
      ['phone_number', 0, 2],
      ['bank_card', 3, 5],
      ['link', 3, 9],
      ['qr_code', 10, 12],
    ]);
  });

  it('PEN-01: findings of a kind that the gap joins become one, the later end kept', () => {
    const sink = new FindingSink();
    sink.add('link', 0, 3);
    sink.add('link', 5, 6);
    sink.add('link', 8, 12);
    const joined = sink.merged((kind, start, end) => [kind, start, end], (from, to) => from === 3 && to === 5);
    expect(joined).toEqual([
      ['link', 0, 6],
      ['link', 8, 12],
    ]);
    // The sink keeps the merged findings: a later touching one extends the last of them.
    sink.add('link', 12, 14);
    expect(triples(sink)).toEqual([
      ['link', 0, 6],
      ['link', 8, 14],
    ]);
  });

  it('PEN-01: a finding contained in an earlier, longer one of its kind adds nothing', () => {
    const sink = new FindingSink();
    sink.add('link', 0, 10);
    sink.add('qr_code', 1, 2);
    sink.add('link', 2, 4);
    expect(triples(sink)).toEqual([
      ['link', 0, 10],
      ['qr_code', 1, 2],
    ]);
  });

  it('PEN-01: every kind is in the closed list', () => {
    expect(SCREEN_FINDING_KINDS).toEqual(['contact_handle', 'phone_number', 'bank_card', 'off_platform_payment', 'other_marketplace', 'link', 'qr_code']);
  });
});

describe('screenMessage: result shape (PEN-01)', () => {
  it('PEN-01: only the merchant’s messages are screened', () => {
    expect(screen('加我微信 lili_8899', 'buyer')).toEqual({ flagged: false, findings: [], rule: 'PEN-01' });
    expect(screen('加我微信 lili_8899', 'platform')).toEqual({ flagged: false, findings: [], rule: 'PEN-01' });
  });

  it('PEN-01: a message with nothing to find, or whose candidates come to nothing, is clean', () => {
    expect(screen('好的亲')).toEqual({ flagged: false, findings: [], rule: 'PEN-01' });
    expect(screen('微波炉很好用')).toEqual({ flagged: false, findings: [], rule: 'PEN-01' });
  });

  it('PEN-01: findings are reported whatever the policy; only a policy with a sanction flags them', () => {
    const r = screen('加我微信 lili_8899', 'merchant', policies.taobao);
    expect(r.flagged).toBe(false);
    expect(r.findings).toHaveLength(1);
    expect(screen('加我微信 lili_8899').flagged).toBe(true);
  });

  it('PEN-01: findings of a kind apart only by spaces or dashes are one; a clause break keeps them apart', () => {
    expect(screen('看 a.com - b.com').findings).toEqual([{ kind: 'link', excerpt: 'a.com - b.com', start: 2, end: 15 }]);
    expect(screen('看 a.com，b.com').findings.map((f) => f.excerpt)).toEqual(['a.com', 'b.com']);
    expect(screen('看 a.com x b.com').findings.map((f) => f.excerpt)).toEqual(['a.com', 'b.com']);
  });

  it('PEN-01: offsets point into the original text when invisible characters were dropped', () => {
    const text = '\u200b\u200b看 shop\u200b.com 吧';
    expect(screen(text).findings).toEqual([{ kind: 'link', excerpt: 'shop\u200b.com', start: 4, end: 13 }]);
    expect(screen('看 shop.com\u200b').findings).toEqual([{ kind: 'link', excerpt: 'shop.com', start: 2, end: 10 }]);
  });
});
