import { describe, expect, it } from 'vitest';
import { findings } from './helpers.js';

describe('screenMessage: links, domains and e-mail (PEN-01)', () => {
  it('PEN-01: a domain needs a known top-level domain', () => {
    expect(findings('看 shop.com')).toEqual([['link', 'shop.com']]);
    expect(findings('看 shop.xyz')).toEqual([['link', 'shop.xyz']]);
    expect(findings('看 shop.cn')).toEqual([['link', 'shop.cn']]);
    expect(findings('看 shop.txt')).toEqual([]);
    expect(findings('看 shop.co')).toEqual([['link', 'shop.co']]);
    expect(findings('看 shop.comx')).toEqual([]);
  });

  it('PEN-01: a domain is labels of letters, digits and dashes, none empty', () => {
    expect(findings('看 my-shop2.com')).toEqual([['link', 'my-shop2.com']]);
    expect(findings('看 a.b.com')).toEqual([['link', 'a.b.com']]);
    expect(findings('看 a..b.com')).toEqual([]);
    expect(findings('看 .com')).toEqual([]);
    expect(findings('看 a~b.com')).toEqual([]);
  });

  it('PEN-01: sentence punctuation around an address is not part of it', () => {
    expect(findings('看 shop.com.')).toEqual([['link', 'shop.com']]);
    expect(findings('看 -shop.com-')).toEqual([['link', 'shop.com']]);
    expect(findings('看 @shop.com:')).toEqual([['link', 'shop.com']]);
  });

  it('PEN-01: the platform’s own domains and their subdomains pass, look-alikes do not', () => {
    expect(findings('看 pinduoduo.com')).toEqual([]);
    expect(findings('看 mobile.yangkeduo.com')).toEqual([]);
    expect(findings('看 fakepinduoduo.com')).toEqual([['link', 'fakepinduoduo.com']]);
    expect(findings('看 pinduoduo.com.cn')).toEqual([['link', 'pinduoduo.com.cn']]);
  });

  it('PEN-01: a URL with a scheme is a link whatever its host, with its path', () => {
    expect(findings('点 https://t.cn/A6abcdEf 下单')).toEqual([['link', 'https://t.cn/A6abcdEf']]);
    expect(findings('点 http://shop.abc/x?y=1#z')).toEqual([['link', 'http://shop.abc/x?y=1#z']]);
    expect(findings('点 xhttp://t.cn')).toEqual([['link', 'http://t.cn']]);
    expect(findings('点 https://.x')).toEqual([['link', 'https://.x']]);
    expect(findings('点 http.x')).toEqual([]);
  });

  it('PEN-01: an e-mail address is a contact handle; an @ with no domain after it is nothing', () => {
    expect(findings('发 lili8899@163.com')).toEqual([['contact_handle', 'lili8899@163.com']]);
    expect(findings('发 a@b@shop.com')).toEqual([['contact_handle', 'a@b@shop.com']]);
    expect(findings('发 lili@163.txt')).toEqual([]);
    expect(findings('发 @163.com')).toEqual([['link', '163.com']]);
  });

  it('PEN-01: a Taobao share code is 8–14 letters and digits, with a letter, between currency signs', () => {
    expect(findings('复制 ￥AbCd1234Xy￥ 打开')).toEqual([['other_marketplace', '￥AbCd1234Xy￥']]);
    expect(findings('复制 ￥Abcd1234￥')).toEqual([['other_marketplace', '￥Abcd1234￥']]);
    expect(findings('复制 ￥Abcd123￥')).toEqual([]);
    expect(findings('复制 ￥Abcd1234567890￥')).toEqual([['other_marketplace', '￥Abcd1234567890￥']]);
    expect(findings('复制 ￥Abcd12345678901￥')).toEqual([]);
    expect(findings('复制 ￥Abcd123456789012￥')).toEqual([]);
    expect(findings('复制 ￥12345678￥')).toEqual([]);
    expect(findings('复制 ￥Abcd1234')).toEqual([]);
    // A share code opens with a currency sign, never with a dot.
    expect(findings('型号.abcd1234￥')).toEqual([]);
  });

  it('PEN-01: a bare domain keeps its path, query, fragment or port; trailing slashes and underscores are the sentence\'s', () => {
    expect(findings('看 shop.com/a/b 吧')).toEqual([['link', 'shop.com/a/b']]);
    expect(findings('看 shop.com?x=1')).toEqual([['link', 'shop.com?x=1']]);
    expect(findings('看 shop.com#top')).toEqual([['link', 'shop.com#top']]);
    expect(findings('看 shop.com:8080')).toEqual([['link', 'shop.com:8080']]);
    expect(findings('看 shop.com/')).toEqual([['link', 'shop.com']]);
    expect(findings('看 _shop.com_')).toEqual([['link', 'shop.com']]);
  });

  it('PEN-01: no label of a domain is empty, the one before the top-level domain included', () => {
    expect(findings('看 a..com')).toEqual([]);
    expect(findings('联系 a@.com')).toEqual([]);
    expect(findings('联系 x@.a.com')).toEqual([]);
    expect(findings('联系 x@a.com')).toEqual([['contact_handle', 'x@a.com']]);
  });
});
