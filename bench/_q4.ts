import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { OrderSchema, InstantSchema } from '../src/index.js';
const ex = JSON.parse(readFileSync('examples/01-phone-case-quality-return.json', 'utf8'));
const time = (name: string, f: () => unknown, n = 50000) => {
  for (let i = 0; i < 5000; i++) f();
  const t0 = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name.padEnd(28), ((performance.now() - t0) * 1000 / n).toFixed(2), 'µs');
};
const Bare = z.object({ id: z.string(), paidAt: z.string().optional(), payments: z.array(z.object({ method: z.enum(['wechat_pay','alipay']), amountFen: z.number().int().nonnegative() })), shippedAt: z.string().optional(), signedAt: z.string().optional(), items: z.array(z.object({ sku: z.string(), priceFen: z.number().int(), quantity: z.number().int(), goodsClass: z.enum(['standard','custom_made']).optional() })) });
const re = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const Inst1 = z.string().check(z.refine((s) => re.test(s)));
time('Bare object', () => Bare.safeParse(ex.order));
time('OrderSchema', () => OrderSchema.safeParse(ex.order));
time('InstantSchema', () => InstantSchema.safeParse(ex.order.paidAt));
time('string+1 refine', () => Inst1.safeParse(ex.order.paidAt));
time('plain string', () => z.string().safeParse(ex.order.paidAt));
