import { describe, expect, it } from 'vitest';
import { checkEligibility, definePolicy, policies, type Policy } from '../../src/index.js';
import { pinduoduo } from '../../src/policies/pinduoduo.js';
import { taobao } from '../../src/policies/taobao.js';
import { anOrder, aRequest } from '../fixtures/factories.js';

// ES modules are strict: assigning to a frozen property throws TypeError instead of being ignored.

/** Signed 2025-03-01T10:00+08:00; a request on day 8 is outside a 7-day window and inside a 15-day one. */
const order = anOrder();
const day8 = aRequest({ requestedAt: '2025-03-09T00:00:00+08:00' });
const answer = (p: Policy) => JSON.stringify(checkEligibility(order, day8, p));

/** Every property path of a value, objects and arrays alike. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const key = Array.isArray(value) ? Number(k) : k;
    return [[...prefix, key], ...paths(v, [...prefix, key])];
  });
}

/** Tries to assign `next` at `path` in `root`; returns what was thrown. */
function assign(root: unknown, path: (string | number)[], next: unknown): unknown {
  let target = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
  try {
    target[path.at(-1)!] = next;
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('built-in packs are deeply frozen', () => {
  it('ELG-06 floor cannot be bypassed by assigning to a frozen pack', () => {
    const before = answer(policies.pinduoduo);
    expect(() => {
      (policies.pinduoduo.eligibility as { noReasonWindowDays: number }).noReasonWindowDays = 1;
    }).toThrow(TypeError);
    expect(() => {
      (policies.pinduoduo.eligibility as { noReasonWindowDays: number }).noReasonWindowDays = 30;
    }).toThrow(TypeError);
    expect(policies.pinduoduo.eligibility.noReasonWindowDays).toBe(7);
    expect(answer(policies.pinduoduo)).toBe(before);
  });

  it('ELG-07: the excluded-goods list cannot be widened or emptied in place', () => {
    const before = answer(policies.taobao);
    expect(() => (policies.taobao.eligibility.excludedGoods as unknown as string[]).push('standard')).toThrow(TypeError);
    expect(() => (policies.taobao.eligibility.excludedGoods as unknown as string[]).splice(0)).toThrow(TypeError);
    expect(answer(policies.taobao)).toBe(before);
  });

  it('the pack registry itself cannot be rebound or extended', () => {
    expect(() => {
      (policies as Record<string, unknown>).taobao = policies.pinduoduo;
    }).toThrow(TypeError);
    expect(() => {
      (policies as Record<string, unknown>).jd = policies.taobao;
    }).toThrow(TypeError);
    expect(policies.taobao.id).toBe('taobao');
    expect(Object.keys(policies)).toEqual(['pinduoduo', 'taobao']);
  });

  it('law: every property of every pack, reached through its own module too, refuses assignment and changes no answer', () => {
    for (const [pack, direct] of [
      [policies.pinduoduo, pinduoduo],
      [policies.taobao, taobao],
    ] as const) {
      expect(direct).toBe(pack);
      const before = answer(pack);
      const snapshot = JSON.stringify(pack);
      for (const path of paths(pack)) {
        expect(assign(pack, path, 1), path.join('.')).toBeInstanceOf(TypeError);
        expect(Object.isFrozen(pack), path.join('.')).toBe(true);
      }
      expect(JSON.stringify(pack)).toBe(snapshot);
      expect(answer(pack)).toBe(before);
    }
  });
});

describe('definePolicy returns deeply frozen policies', () => {
  it('ELG-06: a definePolicy result cannot be lowered below the floor after validation', () => {
    const r = definePolicy(policies.pinduoduo, { eligibility: { noReasonWindowDays: 15 } });
    if (!r.ok) throw new Error('expected ok');
    const before = answer(r.value);
    expect(checkEligibility(order, day8, r.value).verdict).not.toBe('denied');
    expect(() => {
      (r.value.eligibility as { noReasonWindowDays: number }).noReasonWindowDays = 1;
    }).toThrow(TypeError);
    for (const path of paths(r.value)) expect(assign(r.value, path, 1), path.join('.')).toBeInstanceOf(TypeError);
    expect(answer(r.value)).toBe(before);
  });

  it('an empty override still answers a frozen policy equal to the base', () => {
    const r = definePolicy(policies.taobao, {});
    expect(r).toEqual({ ok: true, value: policies.taobao });
    if (r.ok) expect(Object.isFrozen(r.value.refund.processingWorkingDays)).toBe(true);
  });
});

describe('definePolicy reports unknown override keys', () => {
  it('ELG-06: a misspelt window key from JSON is reported with its path, not silently dropped', () => {
    const overrides = JSON.parse('{ "eligibility": { "noReasonWindowDay": 15 } }') as never;
    expect(definePolicy(policies.taobao, overrides)).toEqual({
      ok: false,
      error: { code: 'invalid_policy', issues: [{ code: 'unknown_key', path: ['eligibility', 'noReasonWindowDay'], message: 'unknown policy key "noReasonWindowDay"' }] },
    });
  });

  it('unknown keys at any depth, inside nullable objects too, are reported alongside every other issue at once', () => {
    const r = definePolicy(policies.taobao, {
      colour: 'red',
      timeZone: 'Mars/Olympus',
      refund: { groupBuyFailed: { issueWithinHours: 24, wechatArrivalMinutes: { min: 1, max: 3 }, extra: true } },
      penalties: { counterfeit: { multipl: 2 } },
    } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['unknown_key', 'colour'],
        ['unknown_key', 'refund.groupBuyFailed.extra'],
        ['unknown_key', 'penalties.counterfeit.multipl'],
        ['invalid_policy', 'timeZone'],
      ]);
    }
  });

  it('PEN-04: unknown keys are reported together with the legal floors broken', () => {
    const r = definePolicy(policies.taobao, { penalties: { counterfeit: { multiple: 2 } }, case: { merchantResponseHour: 1 } } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues.map((i) => [i.code, i.path.join('.'), i.rule])).toEqual([
        ['unknown_key', 'case.merchantResponseHour', undefined],
        ['below_legal_floor', 'penalties.counterfeit.multiple', 'PEN-04'],
      ]);
    }
  });
});

describe('definePolicy versions', () => {
  it('derives a deterministic version from the base and the override when none is given', () => {
    const a = definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 15 }, case: { merchantResponseHours: 24 } });
    const b = definePolicy(policies.taobao, { case: { merchantResponseHours: 24 }, eligibility: { noReasonWindowDays: 15 } });
    const c = definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 16 } });
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected ok');
    expect(a.value.version).toMatch(new RegExp(`^${policies.taobao.version.replace('.', '\\.')}\\+[0-9a-f]{8}$`));
    expect(a.value.version).not.toBe(policies.taobao.version);
    const documented = definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 15 } });
    expect(documented.ok && documented.value.version).toBe('2025.1+48e095d4'); // the @example of definePolicy
    expect(b.value.version).toBe(a.value.version);
    expect(c.value.version).not.toBe(a.value.version);
    const again = definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 15 }, case: { merchantResponseHours: 24 } });
    expect(again.ok && again.value.version).toBe(a.value.version);
  });

  it('a derived policy derived again gets a version of its own', () => {
    const a = definePolicy(policies.pinduoduo, { eligibility: { noReasonWindowDays: 15 } });
    if (!a.ok) throw new Error('expected ok');
    const b = definePolicy(a.value, { case: { merchantResponseHours: 24 } });
    expect(b.ok && b.value.version.startsWith(`${a.value.version}+`)).toBe(true);
  });

  it('keeps an explicit version', () => {
    const r = definePolicy(policies.taobao, { version: 'shop-42', eligibility: { noReasonWindowDays: 15 } });
    expect(r.ok && r.value.version).toBe('shop-42');
  });

  it('an override that changes nothing keeps the base version', () => {
    const r = definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: policies.taobao.eligibility.noReasonWindowDays } });
    expect(r.ok && r.value.version).toBe(policies.taobao.version);
  });
});
