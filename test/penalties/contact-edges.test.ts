import { describe, expect, it } from 'vitest';
import { findings } from './helpers.js';

describe('screenMessage: the edges of chat handles and phone requests (PEN-01)', () => {
  it('PEN-01: a handle ends at a space after a run of several characters; only single spaced letters continue it', () => {
    expect(findings('微信 abc12 def')).toEqual([['contact_handle', '微信 abc12']]);
    expect(findings('微信 l i l i 8 8')).toEqual([['contact_handle', '微信 l i l i 8 8']]);
    // Only a space continues it: other punctuation ends the handle even after a single letter.
    expect(findings('微信 a.bcd12')).toEqual([]);
    expect(findings('微信 x/12345')).toEqual([]);
  });

  it('PEN-01: paying by WeChat is not moving the chat to it', () => {
    expect(findings('加微信支付')).toEqual([]);
    expect(findings('可以微信支付吗')).toEqual([]);
  });

  it('PEN-01: a request to leave a phone number starts at its verb', () => {
    expect(findings('请留电话')).toEqual([['phone_number', '留电话']]);
    expect(findings('留电话')).toEqual([['phone_number', '留电话']]);
  });
});
