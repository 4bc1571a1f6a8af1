import { applyEvent } from '../../src/case/apply-event.js';
import { ev, opened, order, pdd, plus, request, APPLIED } from './fixtures.js';
const fast = new Function('o', 'return %HasFastProperties(o)') as (o: unknown) => boolean;
const c0 = opened(order(), request({ type: 'resend', reason: 'missing_item', initiatedBy: 'merchant', evidence: [] }));
const r = applyEvent(c0, ev.confirmed(plus(APPLIED, 1)), pdd); if (!r.ok) throw 0;
const c2 = r.value;
console.log('c0', fast(c0), 'c2', fast(c2), 'milestones', fast(c2.milestones), 'clock', fast(c2.clock), 'terms', fast(c2.terms), 'money', fast(c2.money), 'policy', fast(c2.policy));
