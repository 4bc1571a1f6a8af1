import { fc, test } from '@fast-check/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkEligibility, parseCase, REASON_PARAM_KINDS, type Reason, type ReasonCode } from '../../src/index.js';
import { arbOrderAndRequest, arbPolicy } from '../../src/testing/index.js';
import { arbOpened } from '../case/arbitraries.js';

const KINDS: Partial<Record<ReasonCode, Readonly<Record<string, string>>>> = REASON_PARAM_KINDS;
const kindOf = (v: unknown): string =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? 'l' : typeof v === 'string' ? 's' : typeof v === 'number' ? 'n' : typeof v === 'boolean' ? 'b' : 'other';

/** The params of a reason, each with its kind, in the notation of REASON_PARAM_KINDS. */
const shapeOf = (r: Reason): Record<string, string> | undefined =>
  r.params === undefined ? undefined : Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, kindOf(v)]));
/** What REASON_PARAM_KINDS says a reason's params must be, for the optional keys it carries. */
const expectedShape = (r: Reason): Record<string, string> | undefined => {
  const kinds = KINDS[r.code];
  if (kinds === undefined) return undefined;
  const present = r.params ?? {};
  return Object.fromEntries(
    Object.entries(kinds)
      .filter(([k, kind]) => !kind.endsWith('?') || k in present)
      .map(([k, kind]) => [k, kind.replace('?', '')]),
  );
};

describe('reason params are typed per code (issue 16 item 2)', () => {
  it('ELG-06: narrowing on code types params, so closesAt needs no cast', () => {
    const read = (r: Reason) => (r.code === 'no_reason_window_closed' ? r.params.closesAt : r.code === 'amount_invalid' ? r.params.refundableFen : undefined);
    expectTypeOf(read).returns.toEqualTypeOf<string | number | undefined>();
    expectTypeOf<Reason<'appraisal_required'>['params']>().toEqualTypeOf<undefined>();
    expectTypeOf<Reason<'quality_window_closed'>['params']['stillOpen']>().toEqualTypeOf<readonly ('exchange' | 'repair')[]>();
  });

  // Signed orders asked late reach the window and warranty reasons (ELG-06/09/17), which unsigned ones never do.
  const arbAsked = fc.oneof(
    arbOrderAndRequest(),
    arbOrderAndRequest({ signed: true, withinDays: 60 }),
    arbOrderAndRequest({ signed: true, withinDays: 60, type: 'return_refund', reason: 'quality' }),
    arbOrderAndRequest({ signed: true, withinDays: 400, type: 'repair', reason: 'quality' }),
  );
  test.prop([arbAsked, arbPolicy()])(
    'ELG-03/ELG-06/ELG-07/ELG-09/ELG-10/ELG-12/ELG-13/ELG-14/ELG-17/ELG-18 law: every reason checkEligibility emits has exactly the params REASON_PARAM_KINDS lists',
    ({ order, request }, policy) => {
      for (const r of checkEligibility(order, request, policy).reasons) expect({ code: r.code, params: shapeOf(r) }).toEqual({ code: r.code, params: expectedShape(r) });
    },
  );

  test.prop([arbOpened()])('CSE-06: parseCase refuses a stored condition whose rule or params do not fit its code, at each path', (o) => {
    const conditions = [
      { code: 'amount_invalid', rule: 'ELG-01', effect: 'deny', params: { amountFen: '12' } },
      { code: 'appraisal_required', rule: 'ELG-15', effect: 'condition', params: { extra: 1 } },
      { code: 'calendar_provisional', rule: 'CAL-03', effect: 'info', params: { years: [2027] } },
    ];
    const r = parseCase({ ...o.case, conditions });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(
        expect.arrayContaining([
          'conditions.0.rule',
          'conditions.0.params.amountFen',
          'conditions.0.params.refundableFen',
          'conditions.1.params',
          'conditions.2.params.years',
        ]),
      );
    const fitting = [{ code: 'amount_invalid', rule: 'ELG-13', effect: 'deny', params: { amountFen: 12, refundableFen: 10 } }];
    expect(parseCase({ ...o.case, conditions: fitting }).ok).toBe(true);
  });
});
