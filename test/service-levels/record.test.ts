import { describe, expect, it } from 'vitest';
import { COMPLAINT_CHANNELS, COMPLAINT_TYPES, ServiceLevelRecordSchema } from '../../src/service-levels/record.js';
import { complaint, returnCase } from './factories.js';

const issues = (value: unknown): string[] => {
  const r = ServiceLevelRecordSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('service-level records', () => {
  it('SLA-01: a complaint has one of three types and one of four channels', () => {
    expect(COMPLAINT_TYPES).toEqual(['quality', 'logistics_delay', 'after_sales_service']);
    expect(COMPLAINT_CHANNELS).toEqual(['online', 'phone', 'email', 'social']);
    for (const type of COMPLAINT_TYPES) {
      for (const channel of COMPLAINT_CHANNELS) expect(issues(complaint({ type, channel }))).toEqual([]);
    }
  });

  it('SLA-01: an unknown complaint type or channel is refused, naming the field', () => {
    expect(issues({ ...complaint(), type: 'price' })).toEqual(['type']);
    expect(issues({ ...complaint(), channel: 'fax' })).toEqual(['channel']);
  });

  it('SLA-01: instants must carry an offset', () => {
    expect(issues(complaint({ openedAt: '2025-03-03T10:00:00' }))).toEqual(['openedAt']);
  });

  it('SLA-01: nothing may happen before the record was opened', () => {
    expect(issues(complaint({ firstReplyAt: '2025-03-03T09:59:59+08:00' }))).toEqual(['firstReplyAt']);
    expect(issues(returnCase({ processedAt: '2025-03-02T10:00:00+08:00' }))).toEqual(['processedAt']);
  });

  it('SLA-04: a complaint resolved for someone must say when it was resolved', () => {
    expect(issues(complaint({ resolvedFor: 'buyer' }))).toEqual(['resolvedFor']);
    expect(issues(complaint({ resolvedFor: 'buyer', resolvedAt: '2025-03-04T10:00:00+08:00' }))).toEqual([]);
  });

  it('SLA-02: a case record takes any after-sales type', () => {
    expect(issues(returnCase({ type: 'exchange', processedAt: '2025-03-05T10:00:00+08:00' }))).toEqual([]);
    expect(issues({ ...returnCase(), type: 'swap' })).toEqual(['type']);
  });

  it('SLA-01: an instant equal to openedAt is not before it; the issues say what is wrong', () => {
    expect(issues(complaint({ firstReplyAt: '2025-03-03T10:00:00+08:00', resolvedAt: '2025-03-03T02:00:00Z' }))).toEqual([]);
    const r = ServiceLevelRecordSchema.safeParse(complaint({ resolvedAt: '2025-03-03T09:00:00+08:00', resolvedFor: 'merchant', firstReplyAt: undefined }));
    expect(r.success ? [] : r.error.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: 'custom', path: ['resolvedAt'], message: 'resolvedAt is before openedAt' },
    ]);
    const s = ServiceLevelRecordSchema.safeParse(complaint({ resolvedFor: 'buyer' }));
    expect(s.success ? [] : s.error.issues.map(({ code, message }) => ({ code, message }))).toEqual([{ code: 'custom', message: 'resolvedFor needs resolvedAt' }]);
  });
});
