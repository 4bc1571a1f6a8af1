import { applyEvent } from '../../src/case/apply-event.js';
import { ev, opened, order, pdd, plus, request, APPLIED } from './fixtures.js';
const c0 = opened(order(), request({ type: 'resend', reason: 'missing_item', initiatedBy: 'merchant', evidence: [] }));
const r = applyEvent(c0, ev.confirmed(plus(APPLIED, 1)), pdd); if (!r.ok) throw 0;
const c2 = r.value; const e2 = ev.stock(plus(APPLIED, 2), true);
let x; const t = performance.now();
for (let i = 0; i < 500_000; i++) x = applyEvent(c2, e2, pdd);
console.log((performance.now() - t) / 500_000 * 1000, 'µs', !!x);
