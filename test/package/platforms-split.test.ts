import { bundleText as bundle } from './bundle-text.js';
import { describe, expect, it } from 'vitest';

// aftersales/platforms keeps one module per platform so that a bundler keeps only the platform a
// service imports (docs/platforms.md): a PDD-only service carries no Taobao code, and back.

// Strings only one adapter's tables and schema hold: a status code, a field and a meaning of each.
const TAOBAO_ONLY = ['WAIT_SELLER_AGREE', 'refund_remind_timeout', 'SELLER_REFUSE_BUYER'];
const PDD_ONLY = ['after_sales_status', 'pdd.refund.information.get', '买家申请退款，待商家处理'];

/** Which of `strings` the bundle holds (not the bundle itself, which would flood a failure's output). */
const found = (text: string, strings: readonly string[]): string[] => strings.filter((s) => text.includes(s));

describe('aftersales/platforms is split by platform', () => {
  it('a bundle importing only fromPdd from aftersales/platforms carries no Taobao code', async () => {
    const text = await bundle(`export { fromPdd } from './src/platforms/index.ts';`);
    expect(found(text, PDD_ONLY)).toEqual(PDD_ONLY);
    expect(found(text, TAOBAO_ONLY)).toEqual([]);
  });

  it('a bundle importing only fromTaobao carries no PDD code', async () => {
    const text = await bundle(`export { fromTaobao } from './src/platforms/index.ts';`);
    expect(found(text, TAOBAO_ONLY)).toEqual(TAOBAO_ONLY);
    expect(found(text, PDD_ONLY)).toEqual([]);
  });

  it('the main entry carries neither platform', async () => {
    const text = await bundle(`export * from './src/index.ts';`);
    expect(found(text, [...PDD_ONLY, ...TAOBAO_ONLY])).toEqual([]);
  });
});
