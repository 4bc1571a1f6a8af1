// Every row of the adapters' status tables, enumerated from the tables themselves: a mapped row
// must have its fixture and reach its documented library status; a row not mapped must be refused
// as `not_modelled` at the status's path. A new row without a fixture fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromPdd, PDD_STATUSES, toPddStatus } from '../../src/platforms/pdd.js';
import { fromTaobao, TAOBAO_STATUS_TABLE, toTaobaoStatus } from '../../src/platforms/taobao.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'platforms');
const pddFile = (code: number): string => join(FIXTURES, 'pdd', `status-${code}.json`);
const taobaoFile = (status: string, cs: number): string => join(FIXTURES, 'taobao', `${status}-${cs}.json`);
const read = (file: string): { refund: Record<string, unknown>; order: Record<string, unknown> } => JSON.parse(readFileSync(file, 'utf8'));

const pddMapped = PDD_STATUSES.filter((r) => r.status !== undefined);
const pddNot = PDD_STATUSES.filter((r) => r.status === undefined);
const taobaoMapped = TAOBAO_STATUS_TABLE.filter((r) => r.libraryStatus !== undefined);
const taobaoNot = TAOBAO_STATUS_TABLE.filter((r) => r.libraryStatus === undefined);

describe('PDD after_sales_status: a fixture per mapped code (CSE-06)', () => {
  it.each(pddMapped.map((r) => [r.code, r.status!, r.meaning] as const))('code %i maps to a %s case (%s)', (code, status) => {
    expect(existsSync(pddFile(code)), `missing fixture ${pddFile(code)}`).toBe(true);
    const r = fromPdd(read(pddFile(code)));
    expect(r.ok ? r.value.case.status : r.error).toBe(status);
    // The fixture's own status is what the case exports back to.
    if (r.ok) expect(toPddStatus(r.value.case)).toEqual({ ok: true, value: { after_sales_status: code } });
  });

  it('has no fixture for a code the table does not map', () => {
    const files = readdirSync(join(FIXTURES, 'pdd')).sort();
    expect(files).toEqual(pddMapped.map((r) => `status-${r.code}.json`).sort());
  });

  it.each(pddNot.map((r) => [r.code, r.meaning] as const))('code %i (%s) is not_modelled at refund.after_sales_status', (code) => {
    const payload = read(pddFile(2));
    const r = fromPdd({ ...payload, refund: { ...payload.refund, after_sales_status: code } });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_modelled', issues: [{ code: 'not_modelled', path: ['refund', 'after_sales_status'] }] } });
  });
});

describe('Taobao status × cs_status: a fixture per mapped pair (CSE-06)', () => {
  it.each(taobaoMapped.map((r) => [r.status, r.csStatus, r.libraryStatus!] as const))('%s with cs_status %i maps to a %s case', (status, cs, libraryStatus) => {
    expect(existsSync(taobaoFile(status, cs)), `missing fixture ${taobaoFile(status, cs)}`).toBe(true);
    const payload = read(taobaoFile(status, cs));
    expect([payload.refund['status'], payload.refund['cs_status']]).toEqual([status, cs]);
    const r = fromTaobao(payload);
    expect(r.ok ? r.value.case.status : r.error).toBe(libraryStatus);
    if (!r.ok) return;
    // TOP's several intervention stages export as one pair, which imports back to the same status.
    const back = toTaobaoStatus(r.value.case);
    expect(back.ok).toBe(true);
    if (back.ok) expect(TAOBAO_STATUS_TABLE.find((t) => t.status === back.value.status && t.csStatus === back.value.cs_status)?.libraryStatus).toBe(libraryStatus);
  });

  it('has no fixture for a pair the table does not map', () => {
    const files = readdirSync(join(FIXTURES, 'taobao')).sort();
    expect(files).toEqual(taobaoMapped.map((r) => `${r.status}-${r.csStatus}.json`).sort());
  });

  it.each(taobaoNot.map((r) => [r.status, r.csStatus] as const))('%s with cs_status %i is not_modelled at refund.status', (status, cs) => {
    const payload = read(taobaoFile('WAIT_SELLER_AGREE', 1));
    const r = fromTaobao({ ...payload, refund: { ...payload.refund, status, cs_status: cs } });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_modelled', issues: [{ code: 'not_modelled', path: ['refund', 'status'] }] } });
  });
});

describe('a platform ruling on a parcel still in transit (LOG-05, CSE-02)', () => {
  it('PDD 5 on an in-transit refund-only case is refunding: the buyer refused the parcel and it came back', () => {
    const payload = read(pddFile(31));
    const r = fromPdd({ ...payload, refund: { ...payload.refund, after_sales_status: 5 } });
    expect(r.ok && [r.value.case.machine, r.value.case.status, r.value.case.intervention?.ruling]).toEqual(['refund_only_in_transit', 'refunding', 'buyer']);
    if (r.ok) expect(toPddStatus(r.value.case)).toEqual({ ok: true, value: { after_sales_status: 5 } });
  });

  it('Taobao SUCCESS with cs_status 6 on an in-transit refund-only case is completed', () => {
    const payload = read(taobaoFile('SUCCESS', 6));
    const refund = Object.fromEntries(Object.entries(payload.refund).filter(([k]) => k !== 'good_status'));
    const r = fromTaobao({ ...payload, refund: { ...refund, order_status: 'WAIT_BUYER_CONFIRM_GOODS' } });
    expect(r.ok && [r.value.case.machine, r.value.case.status]).toEqual(['refund_only_in_transit', 'completed']);
  });
});
