// Every function of the main entry with a valid call, for the no-throw law (no-throw.test.ts). Each
// entry names which arguments carry the caller's data (mutated by the law) and which are values only
// the library makes — a Policy (definePolicy, policyAt, the built-ins), an AfterSalesCase (openCase,
// applyEvent, parseCase), a ServiceLevelReport — passed as made: stored ones come back through their
// parsers (parseCase, parsePolicy), which are the boundary for them and are fuzzed themselves.
import * as lib from '../../src/index.js';
import { APPLIED, ev, opened, order, pdd, plus, request, taobao, walk } from '../case/fixtures.js';
import { complaint, returnCase } from '../service-levels/factories.js';
import { unwrap } from '../results.js';

/**
 * A call: the arguments; `mutate`, the indexes of those typed as the caller's data (mutated within
 * their types); `raw`, those typed `unknown` (JSON from outside: mutated into anything).
 */
export interface Call {
  readonly args: readonly unknown[];
  readonly mutate: readonly number[];
  readonly raw?: readonly number[];
}

const returning = () => opened(order(), request());
const inIntervention = () => walk(returning(), [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(plus(APPLIED, 2))]);
const report = () => unwrap(lib.serviceLevelReport([complaint(), returnCase()], pdd, { at: '2025-03-20T00:00:00+08:00' }));
const reason = { code: 'window_closed', rule: 'ELG-06', effect: 'deny', params: { closesAt: '2025-03-11T11:20:00+08:00' } };
const screened = { flagged: true, rule: 'PEN-01', findings: [{ kind: 'contact', rule: 'PEN-01', term: '微信', start: 0, end: 2 }] };

/** Every exported function's calls; the law checks that the list names every function the entry exports. */
export const CALLS: Readonly<Record<string, readonly Call[]>> = {
  addWorkingDays: [{ args: ['2025-09-26T10:00:00+08:00', 3, taobao], mutate: [0, 1] }],
  advanceTo: [{ args: [returning(), '2025-03-20T00:00:00+08:00', pdd], mutate: [1] }],
  applyEvent: [
    { args: [returning(), ev.refusedByMerchant(plus(APPLIED, 1)), pdd], mutate: [1] },
    { args: [inIntervention(), ev.evidence(plus(APPLIED, 3), 'merchant'), pdd], mutate: [1] },
  ],
  assess: [{ args: [{ policy: 'pinduoduo', order: order(), request: request() }], mutate: [], raw: [0] }],
  assignFreight: [{ args: [order(), request(), pdd], mutate: [0, 1] }],
  checkEligibility: [
    { args: [order(), request(), pdd], mutate: [0, 1] },
    { args: [order('paid'), request({ type: 'refund_only', reason: 'no_reason' }), taobao], mutate: [0, 1] },
  ],
  counterfeitCompensation: [{ args: [1990, pdd], mutate: [0] }],
  deadlines: [{ args: [inIntervention()], mutate: [] }],
  definePolicy: [{ args: [pdd, { returns: { noReasonWindowDays: 10 } }], mutate: [1] }],
  err: [{ args: ['x'], mutate: [0] }],
  estimateRefundArrival: [
    { args: [{ from: APPLIED, trigger: 'approved', method: 'alipay' }, pdd], mutate: [0] },
    { args: [{ from: APPLIED, trigger: 'goods_received', payments: [{ method: 'alipay', amountFen: 100 }, { method: 'huabei', amountFen: 50 }] }, pdd], mutate: [0] },
  ],
  explain: [{ args: [reason, 'zh-CN'], mutate: [0, 1] }],
  findViolations: [{ args: [inIntervention()], mutate: [] }],
  isSanction: [{ args: ['warning'], mutate: [0] }],
  isWorkingDay: [{ args: ['2025-10-01'], mutate: [0] }],
  logisticsDelayCompensation: [{ args: [complaint({ type: 'logistics_delay', resolvedAt: '2025-03-04T10:00:00+08:00', resolvedFor: 'buyer' }), pdd], mutate: [0] }],
  logisticsGuidance: [{ args: [order(), request({ reason: 'damaged_in_transit' })], mutate: [0, 1] }],
  mergeServiceLevelReports: [{ args: [report(), report()], mutate: [] }],
  nextEvents: [{ args: [inIntervention()], mutate: [] }],
  offPlatformViolation: [{ args: [screened, pdd], mutate: [0] }],
  ok: [{ args: [1], mutate: [0] }],
  openCase: [{ args: [order(), request(), pdd], mutate: [0, 1] }],
  parseCase: [{ args: [inIntervention()], mutate: [], raw: [0] }],
  parseCaseEvents: [{ args: [[ev.refusedByMerchant(plus(APPLIED, 1))]], mutate: [], raw: [0] }],
  parseOrder: [{ args: [order()], mutate: [], raw: [0] }],
  parsePolicy: [{ args: [pdd], mutate: [], raw: [0] }],
  parseRequest: [{ args: [request()], mutate: [], raw: [0] }],
  policyAt: [{ args: ['taobao', '2025-03-01T00:00:00+08:00'], mutate: [0, 1] }],
  replay: [{ args: [order(), request(), [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(plus(APPLIED, 2))], pdd], mutate: [0, 1, 2] }],
  resolveLocale: [{ args: ['zh-TW'], mutate: [0] }],
  serviceLevelReport: [{ args: [[complaint(), returnCase()], pdd, { at: '2025-03-20T00:00:00+08:00' }], mutate: [0, 2] }],
  splitRefund: [{ args: [1000, [{ method: 'wechat_pay', amountFen: 2000 }, { method: 'platform_balance', amountFen: 1000 }]], mutate: [0, 1] }],
  verdictOf: [{ args: [[reason]], mutate: [0] }],
};
