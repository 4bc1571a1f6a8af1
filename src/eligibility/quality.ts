import { reason } from '../model/reason.js';
import { FAULT_REASONS } from '../model/vocabulary.js';
import { NONE, type EligibilityRule } from './facts.js';

const FAULT: ReadonlySet<string> = new Set(FAULT_REASONS);
const PROOF: ReadonlySet<string> = new Set(['photo', 'video', 'appraisal']);

/**
 * ELG-09 (TIME-01): a fault-reason return within the quality return window after signing. Past it
 * the buyer may still require an exchange or a repair (ELG-17), and the reason says so.
 */
export const qualityWindow: EligibilityRule = (f) => {
  const w = f.window;
  return w?.rule !== 'ELG-09' || f.at < w.closesAt
    ? NONE
    : [reason('quality_window_closed', 'deny', { closesAt: w.closesAtIso, days: w.days, stillOpen: ['exchange', 'repair'] })];
};

/**
 * ELG-17 (TIME-01): a fault exchange or repair is never denied for time (消法 art. 24: "七日后…可以要求
 * 经营者履行更换、修理等义务"). Within its own window it is open; past it, the merchant's warranty
 * terms decide, so it is conditional on them.
 */
export const faultRemedyWindow: EligibilityRule = (f) => {
  const w = f.window;
  return w?.rule !== 'ELG-17' || f.at < w.closesAt
    ? NONE
    : [reason('warranty_terms_apply', 'condition', { closesAt: w.closesAtIso, days: w.days, remedy: f.request.type })];
};

/**
 * ELG-16: a claim of fault with no photo, video or appraisal is conditional on evidence (the merchant
 * may refuse what it cannot verify). Missing items and non-delivery are checked against packing and
 * courier records instead, and before signing there is nothing to photograph.
 */
export const evidenceRequired: EligibilityRule = (f) => {
  if (f.signedAt === undefined || !FAULT.has(f.request.reason)) return NONE;
  const proven = f.request.evidence?.some((e) => PROOF.has(e.kind)) ?? false;
  return proven ? NONE : [reason('evidence_required', 'condition')];
};

/** ELG-15: a counterfeit claim needs an appraisal that confirms it; until then it is conditional. */
export const appraisalRequired: EligibilityRule = (f) => {
  if (f.request.type !== 'counterfeit_claim') return NONE;
  const confirmed = f.request.evidence?.some((e) => e.kind === 'appraisal' && e.confirmsCounterfeit === true) ?? false;
  return confirmed ? NONE : [reason('appraisal_required', 'condition')];
};

/** ELG-14: a resend is for a shipped order missing items (or damaged in transit where the policy allows). */
export const resendApplicable: EligibilityRule = (f, p) => {
  if (f.request.type !== 'resend') return NONE;
  if (f.shipped && p.eligibility.resendReasons.includes(f.request.reason)) return NONE;
  return [reason('resend_not_applicable', 'deny', { allowedReasons: [...p.eligibility.resendReasons], shipped: f.shipped })];
};
