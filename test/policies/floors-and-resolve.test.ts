import { describe, expect, it } from 'vitest';
import { definePolicy, policies, type Policy } from '../../src/index.js';
import { counterfeitCompensation } from '../../src/policies/counterfeit-compensation.js';
import { legalFloorIssues } from '../../src/policies/define-policy.js';
import { resolvePolicy } from '../../src/policies/resolve-policy.js';
import { unwrap } from '../results.js';

/** A policy object that skips definePolicy, as a hand-built or deserialised one can. */
const handBuilt = (patch: (p: { -readonly [K in keyof Policy]: any }) => void): Policy => {
  const p = structuredClone(policies.pinduoduo) as any;
  patch(p);
  return p as Policy;
};

describe('legalFloorIssues: each floor names its path, rule and limit', () => {
  it('ELG-06 / ELG-09 / ELG-17 / ELG-07 / RFT-06 / PEN-04: every floor broken, in catalogue order, with its message', () => {
    const p = handBuilt((x) => {
      x.eligibility.noReasonWindowDays = 6;
      x.eligibility.qualityWindowDays = 5;
      x.eligibility.exchangeWindowDays = 7;
      x.eligibility.repairWindowDays = 7;
      x.eligibility.excludedGoods = ['custom_made', 'standard', 'hygiene_sealed'];
      x.eligibility.excludedIfConfirmed = ['digital', 'standard', 'standard'];
      x.refund.refundAfterReceiptDays = 8;
      x.penalties.counterfeit = { multiple: 2, minimumFen: 49_999 };
    });
    expect(legalFloorIssues(p)).toEqual([
      { code: 'below_legal_floor', path: ['eligibility', 'noReasonWindowDays'], rule: 'ELG-06', message: 'the no-reason window may not be shorter than 7 days' },
      { code: 'below_legal_floor', path: ['eligibility', 'qualityWindowDays'], rule: 'ELG-09', message: 'the quality window may not be shorter than 7 days' },
      { code: 'below_legal_floor', path: ['eligibility', 'exchangeWindowDays'], rule: 'ELG-17', message: 'a fault exchange stays open at least 15 days after signing' },
      { code: 'below_legal_floor', path: ['eligibility', 'repairWindowDays'], rule: 'ELG-17', message: 'a fault repair stays open at least 15 days after signing' },
      { code: 'below_legal_floor', path: ['eligibility', 'excludedGoods'], rule: 'ELG-07', message: 'the law does not let standard, hygiene_sealed be excluded outright' },
      { code: 'below_legal_floor', path: ['eligibility', 'excludedIfConfirmed'], rule: 'ELG-07', message: 'the law does not let standard, standard be excluded' },
      { code: 'below_legal_floor', path: ['refund', 'refundAfterReceiptDays'], rule: 'RFT-06', message: 'refunds are due within 7 days of receiving the goods' },
      { code: 'below_legal_floor', path: ['penalties', 'counterfeit', 'multiple'], rule: 'PEN-04', message: 'counterfeit compensation is at least 3× the price' },
      { code: 'below_legal_floor', path: ['penalties', 'counterfeit', 'minimumFen'], rule: 'PEN-04', message: 'counterfeit compensation is at least 50000 fen' },
    ]);
  });

  it('ELG-06 / ELG-09 / ELG-17 / RFT-06 / PEN-04: exactly at each floor is allowed', () => {
    const p = handBuilt((x) => {
      x.eligibility.noReasonWindowDays = 7;
      x.eligibility.qualityWindowDays = 7;
      x.eligibility.exchangeWindowDays = 15;
      x.eligibility.repairWindowDays = 15;
      x.eligibility.excludedIfConfirmed = ['custom_made', 'hygiene_sealed'];
      x.refund.refundAfterReceiptDays = 7;
      x.penalties.counterfeit = { multiple: 3, minimumFen: 50_000 };
    });
    expect(legalFloorIssues(p)).toEqual([]);
  });

  it('ELG-09: a quality window below 7 days is refused by definePolicy too', () => {
    expect(definePolicy(policies.taobao, { eligibility: { qualityWindowDays: 6 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_policy', issues: [{ code: 'below_legal_floor', rule: 'ELG-09', path: ['eligibility', 'qualityWindowDays'] }] },
    });
  });
});

describe('ELG-17: definePolicy keeps exchange and repair open past day 7', () => {
  it('ELG-17: an override that closes a fault exchange or repair at day 7 is refused with its path and rule', () => {
    expect(definePolicy(policies.pinduoduo, { eligibility: { exchangeWindowDays: 7, repairWindowDays: 7 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_policy', issues: [
        { code: 'below_legal_floor', rule: 'ELG-17', path: ['eligibility', 'exchangeWindowDays'] },
        { code: 'below_legal_floor', rule: 'ELG-17', path: ['eligibility', 'repairWindowDays'] },
      ] },
    });
  });

  it('ELG-17: 14 days is one short of the 三包 floor; 15 is accepted', () => {
    expect(definePolicy(policies.taobao, { eligibility: { exchangeWindowDays: 14 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_policy', issues: [{ code: 'below_legal_floor', rule: 'ELG-17', path: ['eligibility', 'exchangeWindowDays'] }] },
    });
    expect(definePolicy(policies.taobao, { eligibility: { exchangeWindowDays: 15, repairWindowDays: 15 } }).ok).toBe(true);
  });
});

describe('definePolicy merges overrides', () => {
  it('arrays and null replace the base value; an absent key keeps it', () => {
    const r = definePolicy(policies.pinduoduo, { eligibility: { resendReasons: ['missing_item'], maxCasesPerOrder: null } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.eligibility.resendReasons).toEqual(['missing_item']);
    expect(r.value.eligibility.maxCasesPerOrder).toBeNull();
    expect(r.value.eligibility.repeatedApplications).toEqual({ count: 3, periodDays: 30 });
    expect(r.value.refund).toEqual(policies.pinduoduo.refund);
  });

  it('an object override merges into a null base value as a whole', () => {
    const r = definePolicy(policies.taobao, { refund: { cardDays: { debit_card: { min: 1, max: 2 }, credit_card: { min: 2, max: 3 } } } });
    expect(r.ok && r.value.refund.cardDays).toEqual({ debit_card: { min: 1, max: 2 }, credit_card: { min: 2, max: 3 } });
  });
});

describe('resolvePolicy: untrusted policies', () => {
  it('a built-in pack by name is that pack', () => {
    expect(resolvePolicy('taobao')).toEqual({ ok: true, value: policies.taobao });
    expect(resolvePolicy('pinduoduo')).toEqual({ ok: true, value: policies.pinduoduo });
  });

  it('an unknown name, or none, is one issue at `policy` that lists the packs', () => {
    expect(resolvePolicy('jd')).toEqual({
      ok: false,
      error: [{ code: 'invalid_value', path: ['policy'], message: 'unknown policy "jd": use pinduoduo, taobao or a full policy object' }],
    });
    expect(resolvePolicy(undefined)).toEqual({
      ok: false,
      error: [{ code: 'invalid_type', path: ['policy'], message: 'required: a policy name (pinduoduo, taobao) or a full policy object' }],
    });
  });

  it('a full policy object at or above the floors is taken as it is', () => {
    const custom = { ...policies.taobao, id: 'shop-42' };
    expect(resolvePolicy(custom)).toEqual({ ok: true, value: custom });
  });

  it('ELG-06 / PEN-04: an object below a floor is refused with the path under `policy` and the rule in the message', () => {
    const below = handBuilt((x) => {
      x.eligibility.noReasonWindowDays = 3;
      x.penalties.counterfeit = { multiple: 3, minimumFen: 100 };
    });
    expect(resolvePolicy(below)).toEqual({
      ok: false,
      error: [
        { code: 'custom', rule: 'ELG-06', path: ['policy', 'eligibility', 'noReasonWindowDays'], message: 'the no-reason window may not be shorter than 7 days (ELG-06)' },
        { code: 'custom', rule: 'PEN-04', path: ['policy', 'penalties', 'counterfeit', 'minimumFen'], message: 'counterfeit compensation is at least 50000 fen (PEN-04)' },
      ],
    });
  });

  it('a malformed object is refused with paths under `policy`', () => {
    const r = resolvePolicy({ ...policies.taobao, timeZone: 'Mars/Olympus' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((i) => i.path)).toEqual([['policy', 'timeZone']]);
  });
});

describe('PEN-04: counterfeit compensation', () => {
  it('PEN-04: N× the price, at least the policy minimum and the legal ¥500', () => {
    expect(unwrap(counterfeitCompensation(19_900, policies.taobao))).toBe(199_000);
    expect(unwrap(counterfeitCompensation(3_980, policies.taobao))).toBe(50_000);
    expect(unwrap(counterfeitCompensation(40_000, policies.pinduoduo))).toBe(120_000);
  });

  it('PEN-04: a hand-built policy below the law still pays the legal 3× and ¥500', () => {
    const stingy = { penalties: { counterfeit: { multiple: 1, minimumFen: 0 } } } as Pick<Policy, 'penalties'>;
    expect(unwrap(counterfeitCompensation(40_000, stingy))).toBe(120_000);
    expect(unwrap(counterfeitCompensation(100, stingy))).toBe(50_000);
  });

  it('PEN-04: a fractional multiple rounds up to the fen, never below N×', () => {
    const p = { penalties: { counterfeit: { multiple: 3.5, minimumFen: 0 } } } as Pick<Policy, 'penalties'>;
    expect(unwrap(counterfeitCompensation(100_001, p))).toBe(350_004);
  });

  it('PEN-04: a price that is not whole fen from 0 to MAX_FEN is invalid_input at priceFen, never a throw', () => {
    expect(counterfeitCompensation(-1, policies.taobao)).toEqual({ ok: false, error: { code: 'invalid_input', issues: [{ code: 'invalid_value', path: ['priceFen'], message: 'priceFen must be whole fen from 0 to 10000000000000, got -1' }] } });
    expect(counterfeitCompensation(1.5, policies.taobao)).toMatchObject({ ok: false, error: { issues: [{ path: ['priceFen'], message: expect.stringMatching(/got 1.5$/) }] } });
  });
});

describe('definePolicy: an override key given as undefined', () => {
  it('keeps the base value, as if the key were absent', () => {
    const r = definePolicy(policies.taobao, { version: undefined, case: { merchantResponseHours: undefined } } as never);
    expect(r).toEqual({ ok: true, value: policies.taobao });
  });
});
