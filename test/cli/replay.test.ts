import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './in-process.js';

const EXAMPLES = join(__dirname, '..', '..', 'examples', 'cases');


const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as Record<string, unknown>;
const replayed = (input: unknown) => {
  const r = runCli(['replay', '-'], { '-': JSON.stringify(input) });
  expect(r).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

describe('aftersales replay: violations', () => {
  it('PEN-02 / PEN-03: the late-evidence example prints the fake-shipment and missed-window findings at the ruling', () => {
    const out = JSON.parse(runCli(['replay', join(EXAMPLES, 'pdd-late-evidence.json')]).stdout);
    expect(Object.keys(out)).toEqual(['case', 'deadlines', 'violations']);
    expect(out.violations).toEqual([
      { code: 'fake_shipment', rule: 'PEN-02', party: 'merchant', sanctions: ['fake_shipment_finding'], refundsFreight: true, at: '2025-08-06T15:00:00+08:00' },
      { code: 'evidence_window_missed', rule: 'PEN-03', party: 'merchant', sanctions: ['ruling_on_buyer_evidence'], refundsFreight: true, at: '2025-08-06T15:00:00+08:00' },
    ]);
  });

  it('PEN-05: with `at` past the 72 h, the timeout fired by the replay is on the merchant’s record', () => {
    const out = JSON.parse(runCli(['replay', join(EXAMPLES, 'taobao-silence-auto-agree.json')]).stdout);
    expect(out.violations).toEqual([
      { code: 'response_timeout', rule: 'PEN-05', party: 'merchant', sanctions: ['service_record_mark'], refundsFreight: true, at: '2025-06-16T20:00:00+08:00' },
    ]);
  });

  it('PEN-05: one millisecond before the deadline nothing has timed out and nothing is found', () => {
    const out = replayed({ ...example('taobao-silence-auto-agree.json'), at: '2025-06-16T19:59:59.999+08:00' });
    expect(out['violations']).toEqual([]);
  });

  it('a merchant-initiated resend carried through is an empty list, never a missing field', () => {
    const out = JSON.parse(runCli(['replay', join(EXAMPLES, 'pdd-merchant-resend.json')]).stdout);
    expect(out.violations).toEqual([]);
  });

  it('PEN-03: a refused event still reports the violations of the case as it stood before it', () => {
    const input = example('pdd-late-evidence.json');
    const events = input['events'] as unknown[];
    // Merchant evidence after the ruling is refused; the ruling before it stands.
    const late = { type: 'evidence_submitted', at: '2025-08-06T16:00:00+08:00', actor: 'merchant', by: 'merchant', items: [{ kind: 'courier_receipt' }] };
    const out = replayed({ ...input, events: [...events.slice(0, 5), late] });
    expect(out['refused']).toMatchObject({ code: 'transition_refused', issues: [{ index: 5, code: 'event_not_allowed', path: ['events', 5] }] });
    expect((out['violations'] as { rule: string }[]).map((v) => v.rule)).toEqual(['PEN-02', 'PEN-03']);
  });

  it('an ineligible request prints only `refused`: no case, so no violations', () => {
    const out = replayed({ ...example('taobao-silence-auto-agree.json'), request: { type: 'return_refund', reason: 'no_reason', requestedAt: '2025-07-01T00:00:00+08:00' } });
    expect(Object.keys(out)).toEqual(['refused']);
  });
});
