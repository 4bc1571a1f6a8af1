import { describe, expect, it } from 'vitest';
import { assignFreight } from '../freight/assign.js';
import type { AfterSalesCase, CaseEvent } from '../../src/model/case.js';
import { parsePolicy } from '../../src/model/parse.js';
import type { Policy } from '../../src/model/policy.js';
import { counterfeitCompensation } from '../../src/policies/counterfeit-compensation.js';
import { findViolations } from '../../src/penalties/find-violations.js';
import { interventionRounds } from '../../src/penalties/intervention-rounds.js';
import { offPlatformViolation } from '../../src/penalties/off-platform-violation.js';
import { screenMessage } from '../../src/penalties/screen-message.js';
import { isSanction, SANCTIONS, VIOLATION_CODES, VIOLATION_RULES } from '../../src/penalties/violation.js';
import { APPLIED, ev, opened, order, pdd, plus, refused, request, taobao, walk } from '../case/fixtures.js';
import { advanced, unwrap } from '../results.js';

const ADDRESS = 'Returns desk, 8 Warehouse Rd';
const codes = (c: AfterSalesCase, policy: Policy = pdd): string[] => findViolations(c, policy).map((v) => v.code);

// A PDD buyer applies for a resend of the missing phone case; the merchant refuses and the buyer escalates.
const REFUSED = plus(APPLIED, 2);
const ESCALATED = plus(APPLIED, 5);
const missingItemDispute = (): AfterSalesCase =>
  walk(opened(order(), request({ type: 'resend', reason: 'missing_item', evidence: [] })), [
    ev.refusedByMerchant(REFUSED),
    ev.escalated(ESCALATED),
    ev.evidence(plus(ESCALATED, 1), 'buyer'),
  ]);

// A PDD quality return the merchant refuses; the buyer escalates: no missing items, so PEN-03 stands alone.
const qualityDispute = (policy: Policy = pdd): AfterSalesCase =>
  walk(opened(order(), request(), policy), [ev.refusedByMerchant(REFUSED), ev.escalated(ESCALATED), ev.evidence(plus(ESCALATED, 1), 'buyer')], policy);

describe('PEN-02 fake shipment (RSD-06)', () => {
  it('PEN-02: a missing-item case ruled for the buyer with no resend shipped is a fake-shipment finding against the merchant', () => {
    const c = walk(missingItemDispute(), [ev.evidence(plus(ESCALATED, 10), 'merchant'), ev.ruled(plus(ESCALATED, 30), 'buyer')]);
    expect(findViolations(c, pdd)).toEqual([
      { code: 'fake_shipment', rule: 'PEN-02', party: 'merchant', sanctions: ['fake_shipment_finding'], refundsFreight: true, at: plus(ESCALATED, 30) },
    ]);
  });

  it('PEN-02: it holds for any case type with reason missing_item (a refund-only after delivery), on Taobao too', () => {
    const c = walk(
      opened(order(), request({ type: 'refund_only', reason: 'missing_item', evidence: [] }), taobao),
      [ev.refusedByMerchant(REFUSED), ev.escalated(ESCALATED), ev.evidence(plus(ESCALATED, 3), 'merchant', 'logistics_seal'), ev.ruled(plus(ESCALATED, 30), 'buyer')],
      taobao,
    );
    expect(codes(c, taobao)).toEqual(['fake_shipment']);
  });

  it('PEN-02: the merchant who resends instead (shipped with tracking, delivered) has no finding', () => {
    const c = walk(opened(order(), request({ type: 'resend', reason: 'missing_item', evidence: [] })), [
      ev.stock(plus(APPLIED, 1), true),
      ev.agreed(plus(APPLIED, 2)),
      ev.merchantShipped(plus(APPLIED, 6), 'SF1234567890'),
      ev.delivered(plus(APPLIED, 50)),
    ]);
    expect(c).toMatchObject({ status: 'completed', outcome: 'resent' });
    expect(findViolations(c, pdd)).toEqual([]);
  });

  it('PEN-02: a record showing a resend shipped before the ruling has no finding', () => {
    const c = walk(missingItemDispute(), [ev.evidence(plus(ESCALATED, 10), 'merchant'), ev.ruled(plus(ESCALATED, 30), 'buyer')]);
    const shipped: CaseEvent = { type: 'merchant_shipped', at: plus(ESCALATED, 20), actor: 'merchant', carrier: 'SF', trackingNumber: 'SF77' };
    const history = [...c.history.slice(0, -1), shipped, ...c.history.slice(-1)];
    expect(interventionRounds(history)[0]?.ruling).toEqual({ for: 'buyer', at: plus(ESCALATED, 30), afterShipment: true });
    expect(codes({ ...c, history })).toEqual([]);
  });

  it('PEN-02: a ruling for the merchant, or another reason ruled for the buyer, is no fake-shipment finding', () => {
    const won = walk(missingItemDispute(), [ev.evidence(plus(ESCALATED, 10), 'merchant', 'courier_receipt'), ev.ruled(plus(ESCALATED, 30), 'merchant')]);
    expect(won).toMatchObject({ status: 'closed', outcome: 'rejected' });
    expect(findViolations(won, pdd)).toEqual([]);
    const quality = walk(qualityDispute(), [ev.evidence(plus(ESCALATED, 10), 'merchant'), ev.ruled(plus(ESCALATED, 30), 'buyer')]);
    expect(findViolations(quality, pdd)).toEqual([]);
  });

  it('PEN-02: a buyer who withdraws from the intervention leaves no ruling and no finding', () => {
    expect(findViolations(walk(missingItemDispute(), [ev.withdrew(plus(ESCALATED, 30))]), pdd)).toEqual([]);
  });
});

describe('PEN-03 evidence window missed (CSE-03)', () => {
  it('PEN-03: the merchant gives no evidence within 48 h; the platform decides on the buyer’s evidence', () => {
    const closed = advanced(qualityDispute(), plus(ESCALATED, 48), pdd);
    expect(closed.history.at(-1)).toEqual({ type: 'timed_out', at: plus(ESCALATED, 48), actor: 'system', rule: 'CSE-03' });
    const c = walk(closed, [ev.ruled(plus(ESCALATED, 52), 'buyer')]);
    expect(findViolations(c, pdd)).toEqual([
      { code: 'evidence_window_missed', rule: 'PEN-03', party: 'merchant', sanctions: ['ruling_on_buyer_evidence'], refundsFreight: true, at: plus(ESCALATED, 52) },
    ]);
  });

  it('PEN-03: evidence submitted at exactly 48 h is in time — ruled for the buyer all the same, no PEN-03', () => {
    const inTime = walk(qualityDispute(), [ev.evidence(plus(ESCALATED, 48), 'merchant', 'courier_receipt')]);
    const c = walk(advanced(inTime, plus(ESCALATED, 48), pdd), [ev.ruled(plus(ESCALATED, 52), 'buyer')]);
    expect(c.intervention).toMatchObject({ merchantEvidence: 1, evidenceWindowClosed: true, ruling: 'buyer' });
    expect(findViolations(c, pdd)).toEqual([]);
  });

  it('PEN-03: evidence 1 ms after the 48 h is refused, so the ruling follows the buyer’s evidence', () => {
    const c = qualityDispute();
    expect(refused(c, ev.evidence(plus(ESCALATED, 48, 1), 'merchant'))).toMatchObject({ code: 'evidence_window_closed', rule: 'CSE-03' });
    const closed = advanced(c, plus(ESCALATED, 48, 1), pdd);
    expect(refused(closed, ev.evidence(plus(ESCALATED, 48, 1), 'merchant'))).toMatchObject({ code: 'evidence_window_closed', rule: 'CSE-03' });
    expect(codes(walk(closed, [ev.ruled(plus(ESCALATED, 60), 'buyer')]))).toEqual(['evidence_window_missed']);
  });

  it('PEN-03: with both — a missing item and no evidence — the seed’s late-evidence case is PEN-02 and PEN-03 at the ruling', () => {
    const c = walk(advanced(missingItemDispute(), plus(ESCALATED, 48), pdd), [ev.ruled(plus(ESCALATED, 50), 'buyer'), ev.refundPaid(plus(ESCALATED, 50.1))]);
    expect(findViolations(c, pdd).map((v) => [v.rule, v.at])).toEqual([
      ['PEN-02', plus(ESCALATED, 50)],
      ['PEN-03', plus(ESCALATED, 50)],
    ]);
  });

  it('PEN-03: Taobao has the same 48 h window', () => {
    const c = walk(advanced(qualityDispute(taobao), plus(ESCALATED, 48), taobao), [ev.ruled(plus(ESCALATED, 49), 'buyer')], taobao);
    expect(codes(c, taobao)).toEqual(['evidence_window_missed']);
  });

  it('PEN-03: a window that closed without a decision (the buyer withdrew) is no violation', () => {
    const c = walk(advanced(qualityDispute(), plus(ESCALATED, 48), pdd), [ev.withdrew(plus(ESCALATED, 49))]);
    expect(findViolations(c, pdd)).toEqual([]);
  });

  it('PEN-03: each intervention round is judged on its own — a return sent back by the first ruling and escalated again', () => {
    const first = walk(advanced(qualityDispute(), plus(ESCALATED, 48), pdd), [ev.ruled(plus(ESCALATED, 50), 'buyer')]);
    expect(first.status).toBe('awaiting_return');
    const again = walk(first, [
      ev.buyerShipped(plus(ESCALATED, 60), 'YT9'),
      ev.received(plus(ESCALATED, 100), false),
      ev.escalated(plus(ESCALATED, 110)),
      ev.evidence(plus(ESCALATED, 111), 'merchant', 'logistics_seal'),
      ev.ruled(plus(ESCALATED, 130), 'merchant'),
    ]);
    expect(again).toMatchObject({ status: 'closed', outcome: 'rejected', intervention: { ruling: 'merchant', merchantEvidence: 1 } });
    expect(findViolations(again, pdd).map((v) => [v.rule, v.at])).toEqual([['PEN-03', plus(ESCALATED, 50)]]);
  });
});

describe('PEN-04 counterfeit confirmed', () => {
  const bag = (priceFen: number) =>
    order('signed', { payments: [{ method: 'alipay', amountFen: priceFen }], items: [{ sku: 'bag-1', priceFen, quantity: 1, goodsClass: 'standard' }] });
  const claim = (priceFen: number, policy: Policy) =>
    opened(bag(priceFen), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'photo' }] }), policy);
  const confirmed = (priceFen: number, policy: Policy) =>
    walk(claim(priceFen, policy), [ev.evidence(plus(APPLIED, 1), 'buyer', 'appraisal', true), ev.agreed(plus(APPLIED, 2)), ev.refundPaid(plus(APPLIED, 3))], policy);

  it('PEN-04: Taobao 假一赔十 — the merchant refunds and pays 10× the ¥199 price', () => {
    expect(findViolations(confirmed(19_900, taobao), taobao)).toEqual([
      {
        code: 'counterfeit_confirmed',
        rule: 'PEN-04',
        party: 'merchant',
        sanctions: ['refund', 'compensation'],
        amountFen: 199_000,
        refundsFreight: true,
        at: plus(APPLIED, 2),
      },
    ]);
  });

  it('PEN-04: the amount is the one the case paid, computed in one place', () => {
    const c = confirmed(19_900, taobao);
    const paid = c.effects.find((e) => e.type === 'pay_compensation');
    expect(paid).toMatchObject({ amountFen: unwrap(counterfeitCompensation(19_900, taobao)) });
    expect(findViolations(c, taobao)[0]?.amountFen).toBe(c.money.compensationFen);
  });

  it('PEN-04: never below ¥500 — a ¥39.80 item pays ¥500, not 10 × ¥39.80', () => {
    expect(findViolations(confirmed(3_980, taobao), taobao)[0]?.amountFen).toBe(50_000);
  });

  it('PEN-04: Pinduoduo’s pack is the legal 3×', () => {
    expect(findViolations(confirmed(40_000, pdd), pdd)[0]?.amountFen).toBe(120_000);
  });

  it('PEN-04: a policy object that somehow carries less than the law still pays 3× and at least ¥500', () => {
    const lax: Policy = { ...taobao, penalties: { ...taobao.penalties, counterfeit: { multiple: 1, minimumFen: 100 } } };
    expect(findViolations(confirmed(40_000, lax), lax)[0]?.amountFen).toBe(120_000);
    expect(findViolations(confirmed(1_000, lax), lax)[0]?.amountFen).toBe(50_000);
  });

  it('PEN-04: a price that is not whole fen from 0 to MAX_FEN is invalid_input at priceFen, never a throw', () => {
    for (const bad of [-1, 19.9, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) expect(counterfeitCompensation(bad, taobao)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(unwrap(counterfeitCompensation(0, taobao))).toBe(50_000);
  });

  it('PEN-04: a record carrying less than ¥500 is reported at the legal ¥500', () => {
    const c = confirmed(19_900, taobao);
    const effects = c.effects.map((e) => (e.type === 'pay_compensation' ? { ...e, amountFen: 100 } : e));
    expect(findViolations({ ...c, effects }, taobao)[0]?.amountFen).toBe(50_000);
  });

  it('PEN-04: no confirming appraisal, no compensation — the system’s agreement at the timeout refunds only (PEN-05 alone)', () => {
    const c = advanced(claim(19_900, taobao), plus(APPLIED, 72), taobao);
    expect(codes(c, taobao)).toEqual(['response_timeout']);
  });

  it('PEN-04: a confirmed claim the merchant lets time out is PEN-04 and PEN-05', () => {
    const c = advanced(walk(claim(19_900, taobao), [ev.evidence(plus(APPLIED, 1), 'buyer', 'appraisal', true)], taobao), plus(APPLIED, 72), taobao);
    expect(findViolations(c, taobao).map((v) => [v.rule, v.amountFen])).toEqual([
      ['PEN-04', 199_000],
      ['PEN-05', undefined],
    ]);
  });

  it('PEN-04: a claim the platform rules for the merchant is no violation', () => {
    const c = walk(
      claim(19_900, taobao),
      [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(plus(APPLIED, 2)), ev.evidence(plus(APPLIED, 3), 'merchant', 'logistics_seal'), ev.ruled(plus(APPLIED, 10), 'merchant')],
      taobao,
    );
    expect(findViolations(c, taobao)).toEqual([]);
  });
});

describe('PEN-05 merchant response timeout (CSE-01)', () => {
  it('PEN-05: Taobao’s merchant silent for 72 h — the system agrees and the timeout marks the service record', () => {
    const c = advanced(opened(order(), request(), taobao), plus(APPLIED, 72), taobao);
    expect(c.status).toBe('awaiting_return');
    expect(findViolations(c, taobao)).toEqual([
      { code: 'response_timeout', rule: 'PEN-05', party: 'merchant', sanctions: ['service_record_mark'], refundsFreight: true, at: plus(APPLIED, 72) },
    ]);
  });

  it('PEN-05: an answer at exactly 72 h is in time: no mark', () => {
    const c = walk(opened(order(), request(), taobao), [ev.agreed(plus(APPLIED, 72), ADDRESS)], taobao);
    expect(findViolations(c, taobao)).toEqual([]);
  });

  it('PEN-05: Pinduoduo’s window is 48 h', () => {
    expect(findViolations(advanced(opened(order(), request()), plus(APPLIED, 48, -1), pdd), pdd)).toEqual([]);
    expect(codes(advanced(opened(order(), request()), plus(APPLIED, 48), pdd))).toEqual(['response_timeout']);
  });

  it('PEN-05: the mark stands whatever follows — a timed-out return later ruled for the merchant keeps it', () => {
    const c = walk(advanced(opened(order(), request()), plus(APPLIED, 48), pdd), [
      ev.buyerShipped(plus(APPLIED, 50), 'YT1'),
      ev.received(plus(APPLIED, 80), false),
      ev.escalated(plus(APPLIED, 90)),
      ev.evidence(plus(APPLIED, 91), 'merchant', 'logistics_seal'),
      ev.ruled(plus(APPLIED, 100), 'merchant'),
    ]);
    expect(c).toMatchObject({ status: 'closed', outcome: 'rejected' });
    expect(codes(c)).toEqual(['response_timeout']);
  });

  it('PEN-05 / FRT-05: the violation makes the merchant refund the buyer’s freight, even on a no-reason return', () => {
    const r = request({ reason: 'no_reason', evidence: [] });
    const c = advanced(opened(order(), r, taobao), plus(APPLIED, 72), taobao);
    const penalties = findViolations(c, taobao).filter((v) => v.refundsFreight).map((v) => v.rule);
    expect(assignFreight(order(), r, taobao).returnLeg).toEqual({ payer: 'buyer', rule: 'FRT-01' });
    expect(assignFreight(order(), r, taobao, { penalties }).returnLeg).toEqual({ payer: 'merchant', rule: 'FRT-05' });
  });
});

describe('PEN-01 off-platform trade as a violation', () => {
  const message = (text: string, sender: 'merchant' | 'buyer' = 'merchant') => ({ text, sender, at: '2025-03-01T10:00:00+08:00' }) as const;

  it('PEN-01: a flagged merchant message under Pinduoduo carries the policy’s sanctions and the ¥100,000 deposit', () => {
    const m = message('亲，加我薇信 lili_8899，私下转账便宜20');
    expect(offPlatformViolation(screenMessage(m, pdd), pdd)).toEqual({
      code: 'off_platform_trade',
      rule: 'PEN-01',
      party: 'merchant',
      sanctions: ['close_transaction', 'restrict_withdrawal', 'delist_goods', 'ban_listing', 'deposit'],
      amountFen: 10_000_000,
      refundsFreight: false,
    });
  });

  it('PEN-01: no violation under Taobao (no sanction in its pack), for a clean message, or for the buyer’s own words', () => {
    expect(offPlatformViolation(screenMessage(message('加我薇信 lili_8899'), taobao), taobao)).toBeUndefined();
    expect(offPlatformViolation(screenMessage(message('顺丰单号SF1234567890123，请查收'), pdd), pdd)).toBeUndefined();
    expect(offPlatformViolation(screenMessage(message('我的电话 138 0013 8000', 'buyer'), pdd), pdd)).toBeUndefined();
  });

  it('PEN-01: a policy naming a sanction outside the closed vocabulary is refused at the boundary, with its path', () => {
    const odd = { ...pdd, penalties: { ...pdd.penalties, offPlatformTrade: { sanctions: ['public_shaming'], depositFen: 0 } } };
    const parsed = parsePolicy(odd);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['penalties.offPlatformTrade.sanctions.0']);
  });
});

describe('the violation vocabulary', () => {
  it('PEN-01…05 / RFT-06: every code names its rule, each rule once; Pinduoduo’s PEN-01 sanctions are in the vocabulary', () => {
    expect(VIOLATION_CODES.map((c) => VIOLATION_RULES[c])).toEqual(['PEN-01', 'PEN-02', 'PEN-03', 'PEN-04', 'PEN-05', 'RFT-06']);
    expect(pdd.penalties.offPlatformTrade?.sanctions.every(isSanction)).toBe(true);
    expect(new Set(SANCTIONS).size).toBe(SANCTIONS.length);
    expect(isSanction('fine')).toBe(false);
  });

  it('a case with nothing wrong — agreed in time, returned, refunded — has no violations', () => {
    const c = walk(opened(order(), request()), [
      ev.agreed(plus(APPLIED, 1), ADDRESS),
      ev.buyerShipped(plus(APPLIED, 5), 'YT2'),
      ev.received(plus(APPLIED, 40)),
      ev.refundPaid(plus(APPLIED, 41)),
    ]);
    expect(findViolations(c, pdd)).toEqual([]);
  });
});
