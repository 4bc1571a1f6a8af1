// The library as the adapters use it, in one place: another module's rename is a one-line change here.
export { transition, type FoldLog } from '../case/apply-event.js';
export { openCase } from '../case/open-case.js';
export { currentWait, deadlines, waitDeadline } from '../case/deadlines.js';
export type { AfterSalesCase, CaseEvent, CaseMachine, CaseStatus, DeadlineRule, Deadline as LibraryDeadline } from '../model/case.js';
export type { Order } from '../model/order.js';
export type { AfterSalesRequest } from '../model/request.js';
export type { Policy } from '../model/policy.js';
export type { PaymentMethod, RequestReason, RequestType } from '../model/vocabulary.js';
