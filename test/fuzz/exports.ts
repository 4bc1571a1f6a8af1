// Every function of the main entry with a valid call, for the no-throw law (no-throw.test.ts). Each
// entry names which arguments carry the caller's data (mutated by the law) and which are values only
// the library makes — a Policy (definePolicy, policyAt, the built-ins), an AfterSalesCase (openCase,
// applyEvent, parseCase), a ServiceLevelReport — passed as made: stored ones come back through their
// parsers (parseCase, parsePolicy), which are the boundary for them and are fuzzed themselves.
import { readFileSync } from 'node:fs';
import * as calendar from '../../src/calendar/index.js';
import * as lib from '../../src/index.js';
import * as platforms from '../../src/platforms/index.js';
import * as rules from '../../src/rules/index.js';
import * as screening from '../../src/screening/index.js';
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
  assignFreight: [
    { args: [order(), request(), pdd], mutate: [0, 1] },
    { args: [order(), request(), pdd, { merchantAgreedAt: '2025-03-06T10:00:00+08:00', penalties: ['PEN-03'] }], mutate: [0, 1, 3] },
  ],
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

const fixture = (file: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/platforms/${file}`, import.meta.url), 'utf8'));
const pddPayload = fixture('pdd/status-6.json');
const taobaoPayload = fixture('taobao/SELLER_REFUSE_BUYER-1.json');
const imported = (r: ReturnType<typeof platforms.fromPdd>) => unwrap(r).case;
const holidayNotice = { year: 2027, papers: [], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] };

/**
 * The subpaths' functions, by module. `joinYears` is left out on purpose: it joins the library's own
 * `CalendarYear` values (cnYear2010 …) and a gap between them is a programmer error, as its doc says;
 * a caller's years come in through `loadCalendar`, which is here. `aftersales/testing` builds
 * fast-check arbitraries, whose contradictory constraints throw as fast-check's own do.
 */
export const SUBPATH_CALLS: Readonly<Record<string, { readonly module: Readonly<Record<string, unknown>>; readonly calls: Readonly<Record<string, readonly Call[]>>; readonly exempt: readonly string[] }>> = {
  'aftersales/calendar': {
    module: calendar,
    exempt: ['joinYears'],
    calls: {
      loadCalendar: [{ args: [holidayNotice], mutate: [], raw: [0] }],
      provisionalDaysOff: [{ args: [2027, ['02-05', '04-05', '06-09', '09-15']], mutate: [0, 1] }],
      withProvisionalYears: [{ args: [calendar.cnAnnouncedCalendar], mutate: [] }, { args: [unwrap(calendar.loadCalendar(holidayNotice))], mutate: [] }],
    },
  },
  'aftersales/screening': {
    module: screening,
    exempt: [],
    calls: { screenMessage: [{ args: [{ text: '加我微信 abc12345 私下转账', sender: 'merchant', at: APPLIED }, pdd], mutate: [0] }] },
  },
  'aftersales/platforms': {
    module: platforms,
    exempt: [],
    calls: {
      amountToFen: [{ args: ['19.90', ['refund_fee']], mutate: [0] }, { args: [1990, ['refund_fee']], mutate: [0] }],
      beijingTimeToInstant: [{ args: ['2026-03-04 10:00:00', ['created']], mutate: [0] }],
      explainPlatformIssue: [{ args: [{ code: 'invalid_time', path: ['created'], message: 'x' }, 'zh-CN'], mutate: [1] }],
      fenToYuan: [{ args: [1990], mutate: [0] }],
      fromPdd: [{ args: [pddPayload], mutate: [], raw: [0] }],
      fromTaobao: [{ args: [taobaoPayload], mutate: [], raw: [0] }],
      toPddStatus: [{ args: [imported(platforms.fromPdd(pddPayload))], mutate: [] }],
      toTaobaoStatus: [{ args: [imported(platforms.fromTaobao(taobaoPayload))], mutate: [] }],
      yuanToFen: [{ args: ['19.90'], mutate: [0] }],
    },
  },
  'aftersales/rules': { module: rules, exempt: [], calls: { ruleById: [{ args: ['ELG-06'], mutate: [0] }] } },
};
