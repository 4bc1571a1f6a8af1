import type { IssuePath } from '../model/failure.js';
import { err, ok, type Result } from '../model/result.js';
import { parseInstant } from '../time/zone.js';
import { deepFreeze } from '../model/freeze.js';
import { issue, type PlatformIssue } from './issue.js';
import { deadlines, openCase, transition, type AfterSalesCase, type FoldLog, type AfterSalesRequest, type CaseEvent, type CaseMachine, type DeadlineRule, type Order, type Policy } from './library.js';
import type { CalendarOptions } from '../time/working-days.js';

/**
 * One step of the library's events that a platform status stands for. An event without its instant
 * (the adapter dates it), or the timeout of a rule's deadline, dated at the deadline the library
 * computes for the case reached so far (the platform says the wait ran out).
 */
export type Step = DistributiveOmit<CaseEvent, 'at'> | { readonly timeout: DeadlineRule };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a platform status is in the library's terms: the events that reach it, in order. */
export interface Recipe {
  readonly steps: readonly Step[];
}

/** What a platform payload says, in the library's shapes, before its events are dated. */
export interface Mapped {
  readonly order: Order;
  readonly request: AfterSalesRequest;
  readonly steps: readonly Step[];
  /** The instant of the platform's last change (`updated_time`, `modified`): the last step is dated there. */
  readonly updatedAt: string;
  /** Where the status sits in the payload, for an `unreachable` issue. */
  readonly statusPath: IssuePath;
}

/**
 * Dates the steps and folds them onto the opened case (CSE-06), which is `replay` of the dated
 * events (replay equals fold) in one pass: every step but the last at the application, the last at
 * the platform's last change, a timeout at its deadline on the case reached so far, never before the
 * step before it. A refusal is `unreachable` at the status's path with the library's rule: the
 * platform's status cannot be reached from the payload's facts under the policy.
 *
 * The fold is `replay`'s own (`transition` onto one history and one effects log, appended in place)
 * rather than `applyEvent` per step, which copies both per step and slices out each step's effects;
 * only the last case leaves the fold, and it is the same value either way.
 */
export function replaySteps(m: Mapped, policy: Policy, options: CalendarOptions): Result<{ case: AfterSalesCase; events: CaseEvent[] }, PlatformIssue> {
  const refused = (code: string, rule: string, message: string) =>
    err(issue('unreachable', m.statusPath, `the status is not reachable from the payload's facts: ${code} (${message})`, rule));
  const opened = openCase(m.order, m.request, policy, options);
  // An ineligible request: its first reason says why.
  if (!opened.ok) return refused(opened.error.issues[0]!.code, opened.error.issues[0]!.rule, 'not_eligible');
  let c = opened.value;
  const events: CaseEvent[] = [];
  const n = m.steps.length;
  if (n === 0) return ok({ case: c, events });
  const log: FoldLog = { history: [], effects: c.effects.slice() };
  // The instant so far, as text and as epoch ms (each instant is parsed once, not at every comparison).
  let at = m.request.requestedAt;
  let atMs = parseInstant(at);
  for (let i = 0; i < n; i++) {
    const step = m.steps[i]!;
    let event: CaseEvent;
    if ('timeout' in step) {
      const due = deadlines(c).find((d) => d.rule === step.timeout);
      if (due === undefined) return refused('timeout_not_due', step.timeout, `no ${step.timeout} deadline is pending`);
      const dueMs = parseInstant(due.dueAt);
      if (dueMs >= atMs) {
        at = due.dueAt;
        atMs = dueMs;
      }
      event = { type: 'timed_out', rule: step.timeout, actor: 'system', at } as CaseEvent;
    } else {
      if (i === n - 1) {
        const updatedMs = parseInstant(m.updatedAt);
        if (updatedMs >= atMs) {
          at = m.updatedAt;
          atMs = updatedMs;
        }
      }
      // `{ ...step, at }`, without the spread: steps come in many shapes, and V8 copies a spread of
      // many shapes by its slow generic path; Object.assign onto a fresh object copies the same keys in the same order.
      const dated: { at?: string } = Object.assign<{ at?: string }, Step>({}, step);
      dated.at = at;
      event = dated as unknown as CaseEvent;
    }
    const next = transition(c, event, log);
    if (!next.ok) return refused(next.error.code, next.error.rule, next.error.message);
    events.push(event);
    c = next.value;
  }
  return ok({ case: c, events });
}

/**
 * The library states a platform status can stand for, each with how it was reached where the
 * platform's code says so (a platform ruling, a lapsed wait): the names the mapping tables use.
 */
export const TARGETS = [
  'awaiting_merchant',
  'rejected',
  'in_intervention',
  'awaiting_return',
  'awaiting_return_by_ruling',
  'return_in_transit',
  'awaiting_refusal',
  'refunding',
  'refunding_by_ruling',
  'completed',
  'completed_by_ruling',
  'closed_withdrawn',
  'closed_ruled_for_merchant',
  'closed_rejection_lapsed',
  'closed_return_lapsed',
] as const;
/** A library state a platform status maps to, with how it was reached where the platform's code says so (e.g. `refunding_by_ruling`). */
export type Target = (typeof TARGETS)[number];

/** What the payload says of the return leg; the steps that need it name the field it came from. */
export interface ReturnFacts {
  readonly returnAddress: string;
  readonly carrier?: string;
  readonly trackingNumber?: string;
}

/** The {@link ReturnFacts} of a payload: `{ returnAddress, carrier?, trackingNumber? }`, an absent field left out. */
export function returnFacts(returnAddress: string, carrier: string | undefined, trackingNumber: string | undefined): ReturnFacts {
  const f: { -readonly [K in keyof ReturnFacts]: ReturnFacts[K] } = { returnAddress };
  if (carrier !== undefined) f.carrier = carrier;
  if (trackingNumber !== undefined) f.trackingNumber = trackingNumber;
  return f;
}

const agreed = (f: ReturnFacts, machine: CaseMachine): Step =>
  machine === 'return_refund' ? { type: 'merchant_agreed', actor: 'merchant', returnAddress: f.returnAddress } : { type: 'merchant_agreed', actor: 'merchant' };
function shipped(f: ReturnFacts): Step {
  const s: { type: 'buyer_shipped'; actor: 'buyer'; carrier?: string; trackingNumber?: string } = { type: 'buyer_shipped', actor: 'buyer' };
  if (f.carrier !== undefined) s.carrier = f.carrier;
  if (f.trackingNumber !== undefined) s.trackingNumber = f.trackingNumber;
  return s;
}
const received = (intact: boolean): Step => ({ type: 'merchant_received', actor: 'merchant', intact });
const refused: Step = { type: 'merchant_refused', actor: 'merchant' };
const escalated: Step = { type: 'intervention_requested', actor: 'buyer' };
// A ruling without the merchant's evidence must wait for the CSE-03 window (PEN-03); the platform's
// ruling implies the dispute ran its course, which the merchant's evidence stands for here.
const heard: Step = { type: 'evidence_submitted', actor: 'merchant', by: 'merchant', items: [{ kind: 'chat_log' }] };
const ruled = (forWhom: 'buyer' | 'merchant'): Step => ({ type: 'platform_ruled', actor: 'platform', for: forWhom });
const paid: Step = { type: 'refund_paid', actor: 'platform' };
const dispute = (forWhom: 'buyer' | 'merchant'): Step[] => [refused, escalated, heard, ruled(forWhom)];

/** Steps to the refund once the merchant agrees, per table (`undefined`: the table has no such path). */
function toRefund(machine: CaseMachine, f: ReturnFacts): Step[] | undefined {
  switch (machine) {
    case 'refund_only_before_shipment':
    case 'refund_only_after_delivery':
      return [agreed(f, machine)];
    case 'refund_only_in_transit':
      return [agreed(f, machine), { type: 'buyer_refused_delivery', actor: 'buyer' }, received(true)];
    case 'return_refund':
      return [agreed(f, machine), shipped(f), received(true)];
    default:
      return undefined;
  }
}

/** Steps to a refund the platform ruled for the buyer (for a return or a refused parcel: once the goods are back). */
function toRuledRefund(machine: CaseMachine, f: ReturnFacts): Step[] | undefined {
  if (machine === 'refund_only_before_shipment' || machine === 'refund_only_after_delivery') return dispute('buyer');
  // In transit the ruling has the buyer refuse the parcel (LOG-05); the refund follows its return.
  if (machine === 'refund_only_in_transit') return [...dispute('buyer'), { type: 'buyer_refused_delivery', actor: 'buyer' }, received(true)];
  // The goods came back and the merchant objected to them: the ruling for the buyer refunds (CSE-02).
  return machine === 'return_refund' ? [agreed(f, machine), shipped(f), received(false), escalated, heard, ruled('buyer')] : undefined;
}

/** The case tables the platforms' refund statuses run on; exchange, resend and repair are not mapped. */
export const REFUND_MACHINES: readonly CaseMachine[] = /* @__PURE__ */ deepFreeze(['refund_only_before_shipment', 'refund_only_in_transit', 'refund_only_after_delivery', 'return_refund']);

/**
 * The library's events that reach `target` on the case table `machine`, or `undefined` when that
 * table has no such state (e.g. a return leg on a refund-only case). Only the refund tables are
 * mapped: the platforms' exchange, resend and repair statuses are `not_modelled` (docs/platforms.md).
 *
 * @example
 * stepsTo('rejected', 'return_refund', { returnAddress: 'x' }) // → [{ type: 'merchant_refused', actor: 'merchant' }]
 */
export function stepsTo(target: Target, machine: CaseMachine, f: ReturnFacts): Step[] | undefined {
  if (!REFUND_MACHINES.includes(machine)) return undefined;
  const returns = machine === 'return_refund';
  switch (target) {
    case 'awaiting_merchant':
      return [];
    case 'rejected':
      return [refused];
    case 'in_intervention':
      return [refused, escalated];
    case 'awaiting_return':
      return returns ? [agreed(f, machine)] : undefined;
    case 'awaiting_return_by_ruling':
      return returns ? dispute('buyer') : undefined;
    case 'return_in_transit':
      return returns ? [agreed(f, machine), shipped(f)] : undefined;
    case 'awaiting_refusal':
      return machine === 'refund_only_in_transit' ? [agreed(f, machine)] : undefined;
    case 'refunding':
      return toRefund(machine, f);
    case 'refunding_by_ruling':
      return toRuledRefund(machine, f);
    case 'completed':
      return [...(toRefund(machine, f) ?? []), paid];
    case 'completed_by_ruling': {
      const s = toRuledRefund(machine, f);
      return s === undefined ? undefined : [...s, paid];
    }
    case 'closed_withdrawn':
      return [{ type: 'buyer_withdrew', actor: 'buyer' }];
    case 'closed_ruled_for_merchant':
      return dispute('merchant');
    case 'closed_rejection_lapsed':
      return [refused, { timeout: 'CSE-02' }];
    case 'closed_return_lapsed':
      return returns ? [agreed(f, machine), { timeout: 'CSE-04' }] : undefined;
  }
}

/**
 * The payload's parcel fields (tracking number, carrier) that are absent when a step ships the
 * return: the library's shipment needs both (CSE-04), so each is the payload's `missing_field`,
 * not the rule's refusal.
 *
 * @example
 * missingParcel([{ type: 'buyer_shipped', actor: 'buyer' }], { sid: 'SF1', company_name: undefined }) // → ['company_name']
 */
export const missingParcel = (steps: readonly Step[], fields: Readonly<Record<string, string | undefined>>): string[] =>
  steps.some((s) => 'type' in s && s.type === 'buyer_shipped') ? Object.keys(fields).filter((k) => fields[k] === undefined) : [];
