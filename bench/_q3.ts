import { readFileSync } from 'node:fs';
import { assess, OrderSchema, AfterSalesRequestSchema, checkEligibility, policies, assignFreight } from '../src/index.js';
const ex = JSON.parse(readFileSync('examples/01-phone-case-quality-return.json', 'utf8'));
const time = (name: string, f: () => unknown, n = 50000) => {
  for (let i = 0; i < 5000; i++) f();
  const t0 = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name.padEnd(28), ((performance.now() - t0) * 1000 / n).toFixed(2), 'µs');
};
const o = OrderSchema.parse(ex.order), r = AfterSalesRequestSchema.parse(ex.request);
for (let k = 0; k < 2; k++) {
time('assess', () => assess(ex));
time('OrderSchema.safeParse', () => OrderSchema.safeParse(ex.order));
time('RequestSchema.safeParse', () => AfterSalesRequestSchema.safeParse(ex.request));
time('checkEligibility', () => checkEligibility(o, r, policies.pinduoduo));
time('assignFreight', () => assignFreight(o, r, policies.pinduoduo));
}
