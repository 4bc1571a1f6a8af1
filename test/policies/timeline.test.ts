import { describe, expect, it } from "vitest";
import type { Policy } from "../../src/model/policy.js";
import { definePolicy } from "../../src/policies/define-policy.js";
import { policies } from "../../src/policies/index.js";
import {
  policyAt,
  policyTimelines,
  type PolicyTimeline,
} from "../../src/policies/timeline.js";
import { parseInstant } from "../../src/time/zone.js";
import {
  APPLIED,
  opened,
  order,
  plus,
  request,
  walk,
} from "../case/fixtures.js";
import * as api from "../../src/index.js";

const ADDRESS = "Returns desk, 8 Warehouse Rd, Yiwu";
/** The second version takes effect the day after the buyer applies (APPLIED is 2025-03-04T10:00+08:00). */
const BOUNDARY = "2025-03-05T00:00:00+08:00";

function derived(): Policy {
  const r = definePolicy(policies.pinduoduo, {
    version: "2025.2",
    case: { merchantResponseHours: 24 },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const v2 = derived();
const custom: PolicyTimeline = {
  name: "pinduoduo-custom",
  versions: [
    {
      policy: policies.pinduoduo,
      effectiveFrom: "2025-01-01T00:00:00+08:00",
      sources: ["S1"],
    },
    { policy: v2, effectiveFrom: BOUNDARY, sources: ["test"] },
  ],
};

describe("policyTimelines: the built-in packs as timelines", () => {
  it("every timeline is non-empty, ascending, and its last version is the current pack", () => {
    for (const [name, tl] of Object.entries(policyTimelines)) {
      expect(tl.name).toBe(name);
      expect(tl.versions.length).toBeGreaterThan(0);
      const ms = tl.versions.map((v) => parseInstant(v.effectiveFrom));
      expect([...ms].sort((a, b) => a - b)).toEqual(ms);
      expect(tl.versions.at(-1)?.policy).toBe(
        policies[name as keyof typeof policies]
      );
      for (const v of tl.versions) expect(v.sources.length).toBeGreaterThan(0);
    }
  });

  it("names its seed sources: S1 (Pinduoduo) and S3 (Taobao)", () => {
    expect(policyTimelines.pinduoduo.versions[0]).toMatchObject({
      effectiveFrom: "2025-07-16T00:00:00+08:00",
      sources: ["S1"],
    });
    expect(policyTimelines.taobao.versions[0]).toMatchObject({
      effectiveFrom: "2025-12-05T00:00:00+08:00",
      sources: ["S3"],
    });
  });

  it("is deeply frozen and exported from the package root", () => {
    expect(Object.isFrozen(policyTimelines)).toBe(true);
    expect(Object.isFrozen(policyTimelines.taobao.versions)).toBe(true);
    expect(Object.isFrozen(policyTimelines.taobao.versions[0]?.sources)).toBe(
      true
    );
    expect(api.policyAt).toBe(policyAt);
    expect(api.policyTimelines).toBe(policyTimelines);
  });
});

describe("policyAt", () => {
  it("answers the current pack at and after effectiveFrom", () => {
    expect(policyAt("taobao", "2025-12-05T00:00:00+08:00")).toEqual({
      ok: true,
      value: policies.taobao,
    });
    expect(policyAt("taobao", "2025-12-04T16:00:00Z")).toEqual({
      ok: true,
      value: policies.taobao,
    });
    expect(policyAt("pinduoduo", "2026-06-01T12:00:00+08:00")).toEqual({
      ok: true,
      value: policies.pinduoduo,
    });
  });

  it("is before_first_version just before effectiveFrom", () => {
    const r = policyAt("taobao", "2025-12-04T23:59:59.999+08:00");
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: "no_policy_in_force",
        issues: [
          {
            code: "before_first_version",
            path: ["instant"],
            input: "2025-12-04T23:59:59.999+08:00",
          },
        ],
      },
    });
  });

  it("picks the right version on each side of a boundary in a custom two-version timeline", () => {
    expect(policyAt(custom, "2025-03-04T23:59:59.999+08:00")).toEqual({
      ok: true,
      value: policies.pinduoduo,
    });
    expect(policyAt(custom, BOUNDARY)).toEqual({ ok: true, value: v2 });
    expect(policyAt(custom, "2025-03-04T16:00:00Z")).toEqual({
      ok: true,
      value: v2,
    });
    expect(policyAt(custom, "2024-12-31T23:59:59+08:00")).toMatchObject({
      ok: false,
      error: { code: "no_policy_in_force", issues: [{ code: "before_first_version" }] },
    });
  });

  it("an unknown name is an issue", () => {
    expect(policyAt("jd", "2026-01-01T00:00:00+08:00")).toMatchObject({
      ok: false,
      error: { code: "no_policy_in_force", issues: [{ code: "unknown_policy", path: ["name"], input: "jd" }] },
    });
    expect(policyAt("toString", "2026-01-01T00:00:00+08:00")).toMatchObject({
      ok: false,
      error: { code: "no_policy_in_force", issues: [{ code: "unknown_policy", path: ["name"] }] },
    });
  });

  it("TIME-06: an instant without an offset (or not a real date) is an issue, never a throw", () => {
    for (const bad of [
      "2026-01-01T10:00:00",
      "2026-02-30T10:00:00+08:00",
      "yesterday",
      "",
      undefined as unknown as string,
    ]) {
      expect(() => policyAt("taobao", bad)).not.toThrow();
      expect(policyAt("taobao", bad)).toMatchObject({
        ok: false,
        error: { code: "no_policy_in_force", issues: [{ code: "invalid_instant", path: ["instant"] }] },
      });
    }
  });
});

describe("CSE-01: cases keep the version they opened under", () => {
  it("a case opened under the first version keeps its id, version and terms after the second takes effect", () => {
    const first = policyAt(custom, APPLIED);
    if (!first.ok) throw new Error("no version at APPLIED");
    expect(first.value).toBe(policies.pinduoduo);
    const c = opened(order(), request(), first.value);
    expect(c.policy).toEqual({
      id: "pinduoduo",
      version: policies.pinduoduo.version,
    });
    expect(c.terms.merchantResponseHours).toBe(48);

    // 30 h after applying: past the boundary, and past v2's 24 h response window but inside v1's 48 h.
    const later = plus(APPLIED, 30);
    expect(parseInstant(later)).toBeGreaterThan(parseInstant(BOUNDARY));
    const now = policyAt(custom, later);
    if (!now.ok) throw new Error("no version at later");
    expect(now.value).toBe(v2);

    const agreed = walk(
      c,
      [
        {
          type: "merchant_agreed",
          at: later,
          actor: "merchant",
          returnAddress: ADDRESS,
        },
      ],
      now.value
    );
    expect(agreed.status).not.toBe(c.status);
    expect(agreed.policy).toEqual({
      id: "pinduoduo",
      version: policies.pinduoduo.version,
    });
    expect(agreed.policy.version).not.toBe(v2.version);
    expect(agreed.terms).toEqual(c.terms);
  });
});
