// Bad payloads for both adapters: each fault is a coded issue at the field's path, never a throw.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PLATFORM_ISSUE_CODES } from '../../src/platforms/issue.js';
import { fromPdd } from '../../src/platforms/pdd.js';
import { fromTaobao } from '../../src/platforms/taobao.js';

type Payload = { refund: Record<string, unknown>; order: Record<string, unknown> };
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'platforms');
const read = (file: string): Payload => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));

const set = (p: Payload, patch: Record<string, unknown>): Payload => ({ ...p, refund: { ...p.refund, ...patch } });
const without = (p: Payload, key: string): Payload => ({ ...p, refund: Object.fromEntries(Object.entries(p.refund).filter(([k]) => k !== key)) });

/** Each platform's adapter, a valid payload and its field names for each kind of fault. */
const PLATFORMS = [
  {
    name: 'PDD',
    adapt: fromPdd,
    valid: read('pdd/status-6.json'),
    required: ['order_sn', 'after_sales_status', 'goods_number', 'created_time', 'refund_amount'],
    numeric: 'goods_number',
    status: ['after_sales_status', 99],
    amount: 'refund_amount',
    time: 'created_time',
  },
  {
    name: 'Taobao',
    adapt: fromTaobao,
    valid: read('taobao/SELLER_REFUSE_BUYER-1.json'),
    required: ['refund_id', 'status', 'num', 'created', 'refund_fee'],
    numeric: 'num',
    status: ['status', 'WAIT_FOR_GODOT'],
    amount: 'refund_fee',
    time: 'created',
  },
] as const;

describe.each(PLATFORMS)('$name: bad payloads are coded issues with their path', ({ adapt, valid, required, numeric, status, amount, time }) => {
  const refused = (payload: unknown, code: string, path: readonly (string | number)[]) => {
    let r: ReturnType<typeof adapt> | undefined;
    expect(() => (r = adapt(payload))).not.toThrow();
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    if (r !== undefined && !r.ok) expect(r.error.issues).toContainEqual(expect.objectContaining({ code, path }));
  };

  it('the valid payload maps', () => {
    expect(adapt(valid).ok).toBe(true);
  });

  it.each(required)('a missing %s is missing_field at refund.%s', (key) => {
    refused(without(valid, key), 'missing_field', ['refund', key]);
  });

  it('a missing refund object is missing_field at refund', () => {
    refused({ order: valid.order }, 'missing_field', ['refund']);
  });

  it('wrong types are invalid_type, every bad field reported', () => {
    const r = adapt(set(valid, { [numeric]: '1', [status[0]]: true }));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    if (!r.ok) {
      expect(r.error.issues).toContainEqual(expect.objectContaining({ code: 'invalid_type', path: ['refund', numeric] }));
      expect(r.error.issues).toContainEqual(expect.objectContaining({ code: 'invalid_type', path: ['refund', status[0]] }));
    }
    refused(set(valid, { [amount]: { yuan: '1.00' } }), 'invalid_type', ['refund', amount]);
    refused(null, 'invalid_type', []);
  });

  it.each([['-1.00'], [-100]])('a negative amount %j is negative_amount', (value) => {
    refused(set(valid, { [amount]: value }), 'negative_amount', ['refund', amount]);
  });

  it('a 3-decimal yuan amount is too_many_decimals', () => {
    refused(set(valid, { [amount]: '19.999' }), 'too_many_decimals', ['refund', amount]);
  });

  it('an unknown status is unknown_code naming the field', () => {
    refused(set(valid, { [status[0]]: status[1] }), 'unknown_code', ['refund', status[0]]);
  });

  it.each(['2026-02-30 12:00:00', '2025-02-29 12:00:00', '2026-04-31 12:00:00'])('a time that is not a calendar date (%s) is invalid_time', (text) => {
    refused(set(valid, { [time]: text }), 'invalid_time', ['refund', time]);
  });

  // Any field of the valid payload replaced by any value: a result or a Failure of coded issues, never a throw.
  const keys = Object.keys(valid.refund);
  test.prop([fc.constantFrom(...keys), fc.anything()])('CSE-06 law: a payload with any field replaced never throws, and every issue has a code and a path', (key, value) => {
    const r = adapt(set(valid, { [key]: value }));
    if (r.ok) return;
    expect(r.error.issues.length).toBeGreaterThan(0);
    for (const i of r.error.issues) {
      expect(PLATFORM_ISSUE_CODES).toContain(i.code);
      expect(Array.isArray(i.path)).toBe(true);
    }
  });

  test.prop([fc.anything()])('law: any value at all as the payload never throws', (payload) => {
    expect(() => adapt(payload)).not.toThrow();
  });
});

describe('a status that follows the return shipment needs its parcel (CSE-04)', () => {
  it.each([
    ['PDD', fromPdd, read('pdd/status-4.json'), ['tracking_number', 'shipping_name']],
    ['Taobao', fromTaobao, read('taobao/WAIT_SELLER_CONFIRM_GOODS-1.json'), ['sid', 'company_name']],
  ] as const)('%s: each absent parcel field is missing_field at its path', (_name, adapt, valid, keys) => {
    expect(adapt(valid).ok).toBe(true);
    for (const k of keys) {
      expect(adapt(without(valid, k))).toMatchObject({ ok: false, error: { code: 'invalid_payload', issues: [{ code: 'missing_field', path: ['refund', k] }] } });
    }
    const r = adapt(keys.reduce(without, valid));
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual(keys.map((k) => ['refund', k]));
  });
});
