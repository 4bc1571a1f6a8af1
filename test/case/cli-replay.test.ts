import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/in-process.js';

const EXAMPLES = join(__dirname, '..', '..', 'examples', 'cases');


const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as Record<string, unknown>;
const withInput = (input: unknown) => ({ '-': JSON.stringify(input) });

describe('aftersales replay', () => {
  it('RSD-05: replays the seed’s merchant-initiated resend into a completed case and its follow-up deadline', () => {
    const r = runCli(['replay', join(EXAMPLES, 'pdd-merchant-resend.json')]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    expect(out.case).toMatchObject({ status: 'completed', outcome: 'resent', shipment: { trackingNumber: 'SF1234567890' } });
    expect(out.deadlines).toEqual([
      { party: 'merchant', action: 'follow_up_visit', dueAt: '2025-03-09T11:00:00+08:00', onTimeout: 'record_missed_follow_up', rule: 'CSE-07', since: '2025-03-06T11:00:00+08:00' },
    ]);
  });

  it('CSE-01: with `at`, timeouts due by then are applied (Taobao agrees after 72 h of silence)', () => {
    const out = JSON.parse(runCli(['replay', join(EXAMPLES, 'taobao-silence-auto-agree.json')]).stdout);
    expect(out.case.status).toBe('awaiting_return');
    expect(out.case.history).toEqual([{ type: 'timed_out', at: '2025-06-16T20:00:00+08:00', actor: 'system', rule: 'CSE-01' }]);
  });

  it('PEN-03: the late-evidence example ends refunded to the buyer after the window closed', () => {
    const out = JSON.parse(runCli(['replay', join(EXAMPLES, 'pdd-late-evidence.json')]).stdout);
    expect(out.case).toMatchObject({ status: 'completed', outcome: 'refunded', intervention: { evidenceWindowClosed: true, ruling: 'buyer' } });
  });

  it('CSE-06: a refused event is an answer: exit 0 with its index and code, and the case as it stood before it', () => {
    const input = example('pdd-merchant-resend.json');
    const events = input['events'] as unknown[];
    const r = runCli(['replay', '-'], withInput({ ...input, events: [events[0], events[2]] }));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.refused).toMatchObject({ code: 'transition_refused', issues: [{ index: 1, code: 'stock_not_confirmed', rule: 'RSD-02' }] });
    expect(out.case.status).toBe('awaiting_merchant');
    expect(out.case.history).toHaveLength(1);
  });

  it('CSE-06: an ineligible request is reported as not eligible, its reasons the issues', () => {
    const input = example('taobao-silence-auto-agree.json');
    const r = runCli(['replay', '-'], withInput({ ...input, request: { type: 'return_refund', reason: 'no_reason', requestedAt: '2025-07-01T00:00:00+08:00' } }));
    expect(r.code).toBe(0);
    const { refused } = JSON.parse(r.stdout);
    expect(refused.code).toBe('not_eligible');
    expect(refused.issues.map((x: { rule: string }) => x.rule)).toContain('ELG-06');
    expect(refused.issues.map((x: { code: string }) => x.code)).toContain('no_reason_window_closed');
  });

  it('invalid input exits 2 naming every bad field on stderr, never a stack trace', () => {
    const input = example('pdd-merchant-resend.json');
    const r = runCli(['replay', '-'], withInput({ ...input, policy: 'jd', events: [{ type: 'stock_checked', at: 'yesterday', actor: 'merchant' }], at: 'soon' }));
    expect(r).toMatchObject({ code: 2, stdout: '' });
    const error = JSON.parse(r.stderr);
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['policy', 'events.0.at', 'events.0.available', 'at']),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('text that is not JSON, or no events, exits 2', () => {
    expect(runCli(['replay', '-'], { '-': '{ "policy": ' })).toMatchObject({ code: 2 });
    const { events: _events, ...rest } = example('pdd-merchant-resend.json');
    const r = runCli(['replay', '-'], withInput(rest));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).issues).toContainEqual({ code: 'invalid_type', path: ['events'], message: 'required: an array of case events' });
  });

  it('a missing file argument is a usage error', () => {
    expect(runCli(['replay']).code).toBe(1);
  });
});
