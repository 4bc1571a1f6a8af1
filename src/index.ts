// The public surface of aftersales. Nothing but re-exports.
export * from './model/vocabulary.js';
export { InstantSchema, FenSchema, MAX_FEN, INSTANT_YEARS, type Instant } from './model/instant.js';
export { OrderSchema, OrderItemSchema, PaymentSchema, HistoryEntrySchema } from './model/order.js';
export type { Order, OrderItem, Payment, HistoryEntry, GroupBuy, FreightInsurance, FreeShipping, OrderAfterSales } from './model/order.js';
export { AfterSalesRequestSchema, EvidenceSchema, type AfterSalesRequest, type Evidence } from './model/request.js';
export {
  PolicySchema,
  type Policy,
  type PolicyDisplayName,
  type EligibilityPolicy,
  type RepeatedApplicationsLimit,
  type RefundPolicy,
  type GroupBuyFailedRefund,
  type OriginalRouteRefund,
  type CardRefundDays,
  type NumberSpan,
  type FreightPolicy,
  type ReturnFreightSubsidyTerms,
  type CasePolicy,
  type PenaltyPolicy,
  type OffPlatformTradeSanctions,
  type CounterfeitCompensationTerms,
  type ServiceLevelPolicy,
  type HoursTarget,
  type WorkingDaysTarget,
  type ShareTarget,
} from './model/policy.js';
export type { DeepPartial, DeepReadonly } from './model/readonly.js';
export { ok, err, type Result } from './model/result.js';
export {
  REASON_CODES,
  REASON_PARAM_KINDS,
  EFFECTS,
  type Reason,
  type ReasonOf,
  type ReasonHead,
  type ReasonCode,
  type ReasonEffect,
  type Effect,
  type ReasonParams,
  type ReasonParamsByCode,
  type ReasonParamsOf,
  type WindowParams,
} from './model/reason.js';
export { parseOrder, parseRequest, parsePolicy, type InputError, type InputIssue, type InputIssueParams } from './model/parse.js';
export { parseCase, AfterSalesCaseSchema } from './model/case-schema.js';
export { policies, type PolicyName } from './policies/index.js';
export { definePolicy, type PolicyError, type PolicyIssue } from './policies/define-policy.js';
export { LEGAL_FLOORS } from './policies/legal-floors.js';
export { policyTimelines, policyAt, type PolicyVersion, type PolicyTimeline, type PolicyAtIssue, type PolicyAtError } from './policies/timeline.js';
export { cnCalendar } from './time/cn-calendar.js';
export type { Calendar, CalendarError, CalendarIssue } from './time/calendar.js';
export type { LocalDate } from './time/local-date.js';
export { isWorkingDay, addWorkingDays, type WorkingDayResult, type CalendarOptions } from './time/working-days.js';
export { checkEligibility, verdictOf, type Eligibility, type Verdict } from './eligibility/check-eligibility.js';
export { explain, resolveLocale, type Explainable } from './explain/explain.js';
export { INPUT_ISSUE_CODES, type InputIssueCode, type IssueFields } from './explain/issues.js';
export { FAILURE_CODES, type Failure, type FailureCode, type IssueBase, type IssuePath } from './model/failure.js';
export { DEFAULT_LOCALE, LOCALES, type Locale } from './explain/messages.js';
export {
  estimateRefundArrival,
  type RefundArrival,
  type RefundArrivalOptions,
  type RefundArrivalQuery,
  type MixedRefundArrivalQuery,
  type RefundLeg,
  type RefundWindow,
} from './refund/estimate-refund-arrival.js';
export { splitRefund, type RefundShare } from './refund/split-refund.js';
export { REFUND_TRIGGERS, type RefundTrigger, type RefundRule } from './refund/window.js';
export type { ArrivalTerms } from './refund/arrival-terms.js';
export { assignFreight } from './freight/assign-freight.js';
export type {
  FreightAssignment,
  FreightLeg,
  FreightOptions,
  FreightPayer,
  FreightReimbursement,
  FreightRule,
  OutboundPostageDeduction,
} from './freight/types.js';
export { assess, type Assessment, type AssessOptions } from './assess/assess.js';
export type { RefundOutlook, PendingRefundLeg } from './assess/refund-outlook.js';
// PEN-01 screening (`screenMessage`, `SCREEN_FINDING_KINDS`, `MAX_FINDINGS`) lives in `aftersales/screening`.
export type { ScreenFindingKind, ScreenFinding, ScreenResult, ChatMessage } from './penalties/screen-finding.js';
export {
  COMPLAINT_TYPES,
  COMPLAINT_CHANNELS,
  ComplaintRecordSchema,
  CaseRecordSchema,
  ServiceLevelRecordSchema,
  type ComplaintType,
  type ComplaintChannel,
  type ComplaintRecord,
  type CaseRecord,
  type ServiceLevelRecord,
} from './service-levels/record.js';
export {
  serviceLevelReport,
  SERVICE_LEVEL_TARGETS,
  type ServiceLevelReport,
  type ServiceLevelTarget,
  type ServiceLevelTargetName,
  type ServiceLevelCalendarIssue,
} from './service-levels/service-level-report.js';
export { mergeServiceLevelReports } from './service-levels/merge-service-level-reports.js';
export { logisticsDelayCompensation, type LogisticsDelayCompensation } from './service-levels/logistics-delay-compensation.js';
// Case lifecycle (CSE, RSD, LOG): transition tables as data, one step at a time, deadlines and timeouts.
export {
  CaseEventSchema,
  parseCaseEvents,
  CASE_STATUSES,
  TERMINAL_STATUSES,
  CASE_EVENT_TYPES,
  CASE_OUTCOMES,
  CASE_MACHINES,
  COURIER_FINDINGS,
  DEADLINE_RULES,
  NOTICES,
  TRANSITION_ISSUE_CODES,
  MAX_CASE_EVENTS,
  type AfterSalesCase,
  type CaseEvent,
  type EventOf,
  type CaseEffect,
  type CaseEffectType,
  type Deadline,
  type FirstDeadline,
  type TransitionIssue,
  type TransitionIssueCode,
  type IssueParams,
  type CaseStatus,
  type CaseEventType,
  type CaseOutcome,
  type CaseMachine,
  type CaseTerms,
  type CaseCalendar,
  type CourierFinding,
  type DeadlineRule,
  type Milestones,
  type Notice,
  type ShipmentRecord,
  type CaseEventBase,
  type PlainEvent,
  type ShipmentEventFields,
  type MerchantAgreedEvent,
  type MerchantRefusedEvent,
  type BuyerConfirmedEvent,
  type BuyerDeclinedEvent,
  type StockCheckedEvent,
  type BuyerRefusedDeliveryEvent,
  type BuyerShippedEvent,
  type MerchantReceivedEvent,
  type MerchantShippedEvent,
  type DeliveredEvent,
  type RefundPaidEvent,
  type InterventionRequestedEvent,
  type EvidenceSubmittedEvent,
  type PlatformRuledEvent,
  type BuyerWithdrewEvent,
  type TimedOutEvent,
  type CourierVerifiedEvent,
  type MerchantFollowedUpEvent,
} from './model/case.js';
export { openCase } from './case/open-case.js';
export { applyEvent, type CaseStep, type TransitionRefused } from './case/apply-event.js';
export { replay, type ReplayFailure, type ReplayIssue } from './case/replay.js';
export { nextEvents, type NextEvents } from './case/next-events.js';
export { deadlines } from './case/deadlines.js';
export { advanceTo } from './case/advance-to.js';
export { logisticsGuidance, type LogisticsGuidance, type LogisticsAction } from './case/logistics.js';
export { MACHINES } from './case/machines/index.js';
export type { Machine, Transition, Branch, Refusal, RefusalTable, TransitionTable } from './case/machine.js';
export type { GuardName } from './case/guards.js';
export type { EffectName } from './case/effects.js';
export type { SelectorName } from './case/selectors.js';
// Violations (PEN-01…05): penalties found on a case's record or a screened message, as coded data.
export { findViolations } from './penalties/find-violations.js';
export { offPlatformViolation } from './penalties/off-platform-violation.js';
export { counterfeitCompensation } from './policies/counterfeit-compensation.js';
export {
  VIOLATION_CODES,
  VIOLATION_RULES,
  PENALTY_RULES,
  SANCTIONS,
  isSanction,
  type Violation,
  type ViolationCode,
  type PenaltyRule,
  type Sanction,
  type ViolationRule,
} from './penalties/violation.js';
