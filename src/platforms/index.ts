// `aftersales/platforms`: the platforms' own payloads (Pinduoduo and Taobao refund objects) in the
// library's terms. A subpath of its own so the main entry carries none of it, and one module per
// platform so that a bundler keeps only the platform a service imports (docs/platforms.md).
export { fromPdd, toPddStatus, PDD_STATUSES, PDD_TYPES, PDD_APIS, type PddApi, type PddOptions, type PddStatus, type PddStatusRow, type PddTypeRow } from './pdd.js';
export {
  fromTaobao,
  toTaobaoStatus,
  TAOBAO_STATUSES,
  TAOBAO_CS_STATUSES,
  TAOBAO_STATUS_TABLE,
  type TaobaoStatus,
  type TaobaoCsStatus,
  type TaobaoStatusPair,
  type TaobaoStatusRow,
} from './taobao.js';
export { yuanToFen, fenToYuan, amountToFen } from './yuan.js';
export { beijingTimeToInstant, BEIJING } from './beijing-time.js';
export { DEFAULT_DEADLINE_TOLERANCE_MS, type PlatformCase, type PlatformDeadline, type PlatformFailure, type PlatformOptions, type PlatformWarning } from './import-case.js';
export { PLATFORM_ISSUE_CODES, type PlatformIssue, type PlatformIssueCode } from './issue.js';
export { explainPlatformIssue, PLATFORM_ISSUE_MESSAGES } from './messages.js';
export { OrderContextSchema, type OrderContext } from './payload.js';
export type { Target } from './steps.js';
