import fc from 'fast-check';
import { PAYMENT_METHODS, type PaymentMethod } from '../model/vocabulary.js';

/**
 * Splits `totalFen` over generated payment methods so the parts add up exactly (largest remainder),
 * by construction rather than by filtering.
 *
 * @example
 * fc.assert(fc.property(arbPaymentsFor(1990), (ps) => ps.reduce((sum, p) => sum + p.amountFen, 0) === 1990))
 */
export const arbPaymentsFor = (totalFen: number): fc.Arbitrary<{ method: PaymentMethod; amountFen: number }[]> =>
  fc
    .uniqueArray(fc.constantFrom(...PAYMENT_METHODS), { minLength: 1, maxLength: 3 })
    .chain((methods) =>
      fc.tuple(fc.constant(methods), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: methods.length, maxLength: methods.length })),
    )
    .map(([methods, weights]) => {
      const sum = weights.reduce((a, w) => a + w, 0);
      const parts = weights.map((w) => Math.floor((totalFen * w) / sum));
      parts[0] = (parts[0] ?? 0) + totalFen - parts.reduce((a, p) => a + p, 0);
      return methods.map((method, i) => ({ method, amountFen: parts[i] ?? 0 }));
    });
