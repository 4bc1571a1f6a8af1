import { applyEvent } from '../../src/case/apply-event.js';
import { record, withPatch } from '../../src/case/record.js';
import { ev, opened, order, pdd, plus, request, APPLIED } from './fixtures.js';
import type { AfterSalesCase, CaseEvent } from '../../src/model/case.js';
const c0 = opened(order(), request({ type: 'resend', reason: 'missing_item', initiatedBy: 'merchant', evidence: [] }));
const r = applyEvent(c0, ev.confirmed(plus(APPLIED, 1)), pdd); if (!r.ok) throw 0;
const c2 = r.value; const e2 = ev.stock(plus(APPLIED, 2), true);
const bench = (name: string, f: () => unknown, N = 200_000) => { for (let i = 0; i < 20000; i++) f(); let best = Infinity; let x; for (let r = 0; r < 5; r++) { const t = performance.now(); for (let i = 0; i < N; i++) x = f(); best = Math.min(best, ((performance.now() - t) * 1e6) / N); } console.log(name.padEnd(34), best.toFixed(0), 'ns', !!x); };
function v1(c: AfterSalesCase, e: CaseEvent) { const patch = { ...record(c, e) }; patch.status = 'awaiting_merchant'; patch.clock = { lastEventMs: 1, statusSinceMs: 1 }; patch.history = [...c.history, e]; return withPatch(c, patch); }
function v2(c: AfterSalesCase, e: CaseEvent) { const patch = record(c, e); return withPatch(c, patch); }
function v3(c: AfterSalesCase, e: CaseEvent) { const patch = { ...record(c, e) }; patch.status = 'awaiting_merchant'; return patch; }
function v4(c: AfterSalesCase, e: CaseEvent) { return [...c.history, e]; }
bench('v1', () => v1(c2, e2));
bench('v2', () => v2(c2, e2));
bench('v3', () => v3(c2, e2));
bench('v4', () => v4(c2, e2));
bench('apply', () => applyEvent(c2, e2, pdd));
