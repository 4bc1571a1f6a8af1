import type { Policy } from "../model/policy.js";
import { isInstant, type Instant } from "../model/instant.js";
import { deepFreeze } from "../model/freeze.js";
import { ok, type Result } from "../model/result.js";
import { fail, type Failure, type IssuePath } from "../model/failure.js";
import { parseInstant } from "../time/zone.js";
import { policies, type PolicyName } from "./index.js";

/** One published version of a platform pack: the policy, the instant it took effect, and where it comes from. */
export interface PolicyVersion {
  /** The policy in force from `effectiveFrom` until the next version's. */
  readonly policy: Policy;
  /** ISO-8601 instant with its offset, e.g. `2025-07-16T00:00:00+08:00`. */
  readonly effectiveFrom: Instant;
  /** Source ids the version rests on, as the rule registry (`aftersales/rules`) names them, e.g. `S1`. */
  readonly sources: readonly string[];
}

/** A platform pack's versions, in ascending `effectiveFrom` order. */
export interface PolicyTimeline {
  /** The pack's name, e.g. `pinduoduo`, as `policyAt` takes it. */
  readonly name: string;
  /** Its versions, oldest first. */
  readonly versions: readonly PolicyVersion[];
}

/** Why `policyAt` found no version: one issue of a {@link PolicyAtError}. */
export interface PolicyAtIssue {
  /** `before_first_version`: the instant predates the pack; `invalid_instant`: no ISO-8601 instant with an offset; `unknown_policy`: no pack of that name. */
  readonly code: "before_first_version" | "invalid_instant" | "unknown_policy";
  /** The argument at fault: `['name']` for `unknown_policy`, `['instant']` otherwise. */
  readonly path: IssuePath;
  /** The problem in English. */
  readonly message: string;
  /** The instant asked about (or the timeline name, for `unknown_policy`). */
  readonly input: string;
}

/** The error of `policyAt`: no version is in force, with the one issue that says why. */
export type PolicyAtError = Failure<"no_policy_in_force", PolicyAtIssue>;

/**
 * The built-in timelines: each pack's versions, one today, effective from the date of its seed
 * source (S1 for Pinduoduo, S3 for Taobao). The newest version is `policies[name]`.
 *
 * @example
 * policyTimelines.taobao.versions[0].effectiveFrom // → '2025-12-05T00:00:00+08:00'
 */
export const policyTimelines = /* @__PURE__ */ deepFreeze({
  pinduoduo: {
    name: "pinduoduo",
    versions: [
      {
        policy: policies.pinduoduo,
        effectiveFrom: "2025-07-16T00:00:00+08:00",
        sources: ["S1"],
      },
    ],
  },
  taobao: {
    name: "taobao",
    versions: [
      {
        policy: policies.taobao,
        effectiveFrom: "2025-12-05T00:00:00+08:00",
        sources: ["S3"],
      },
    ],
  },
} as const satisfies Record<PolicyName, PolicyTimeline>);

const issue = (
  code: PolicyAtIssue["code"],
  message: string,
  input: string
): Result<never, PolicyAtError> =>
  fail("no_policy_in_force", [
    { code, path: [code === "unknown_policy" ? "name" : "instant"], message, input },
  ]);

/**
 * The policy version in force at `instant` on a timeline (a built-in name or a timeline object): the
 * last version whose `effectiveFrom` is at or before the instant. Never throws: an instant without
 * an offset, a name with no timeline, or an instant before the first version is an issue.
 *
 * @example
 * policyAt('taobao', '2026-01-10T10:00:00+08:00') // → { ok: true, value: policies.taobao }
 * policyAt('taobao', '2025-01-10T10:00:00+08:00')
 * // → { ok: false, error: { code: 'no_policy_in_force', issues: [{ code: 'before_first_version', path: ['instant'], … }] } }
 * policyAt('taobao', '2026-01-10T10:00:00')
 * // → { ok: false, error: { code: 'no_policy_in_force', issues: [{ code: 'invalid_instant', path: ['instant'], … }] } }
 */
export function policyAt(
  nameOrTimeline: string | PolicyTimeline,
  instant: Instant
): Result<Policy, PolicyAtError> {
  const timeline =
    typeof nameOrTimeline === "string"
      ? Object.hasOwn(policyTimelines, nameOrTimeline)
        ? policyTimelines[nameOrTimeline as PolicyName]
        : undefined
      : nameOrTimeline;
  if (timeline === undefined)
    return issue(
      "unknown_policy",
      `no policy timeline named "${String(nameOrTimeline)}"`,
      String(nameOrTimeline)
    );
  if (typeof instant !== "string" || !isInstant(instant)) {
    return issue(
      "invalid_instant",
      "expected an ISO-8601 date-time with an offset, e.g. 2025-03-01T10:00:00+08:00",
      String(instant)
    );
  }
  const t = parseInstant(instant);
  let found: Policy | undefined;
  for (const v of timeline.versions) {
    if (isInstant(v.effectiveFrom) && parseInstant(v.effectiveFrom) <= t)
      found = v.policy;
  }
  if (found === undefined) {
    const first = timeline.versions[0]?.effectiveFrom;
    return issue(
      "before_first_version",
      `no version of "${timeline.name}" is in force at ${instant}${
        first === undefined ? "" : ` (first: ${first})`
      }`,
      instant
    );
  }
  return ok(found);
}
