import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { skuLookup } from '../../src/model/sku-lookup.js';

describe('skuLookup: a linear membership test over request SKUs', () => {
  // Lists on both sides of the scan/Set switch, and probes drawn from the list and from outside it.
  test.prop([fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 60 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 20 })])(
    'answers as `includes` does, short list or long',
    (skus, others) => {
      const has = skuLookup(skus);
      return [...skus, ...others].every((sku) => has(sku) === skus.includes(sku));
    },
  );
});
