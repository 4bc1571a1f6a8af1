import { isAlnum, isCurrency, isLatin, isUrlChar } from './chars.js';
import type { FindingSink } from './screen-finding.js';

const TLDS = new Set([
  'com', 'cn', 'net', 'org', 'top', 'vip', 'shop', 'store', 'xyz', 'cc', 'me', 'io', 'co', 'site', 'online', 'link', 'club', 'info',
  'wang', 'ink', 'tv', 'biz', 'ltd', 'work', 'fun', 'icu', 'live', 'pro', 'asia', 'hk', 'tw', 'mo',
]);
// The platform's own addresses are where a merchant should send the buyer.
const OWN_DOMAINS = ['pinduoduo.com', 'yangkeduo.com', 'pddpic.com', 'pinduoduo.net'];

const TRIM = '.-_:/@';

/** `host` is a domain name: labels of letters, digits and dashes, the last one a known TLD. */
function isDomain(host: string): boolean {
  const dot = host.lastIndexOf('.');
  if (dot <= 0 || !TLDS.has(host.slice(dot + 1))) return false;
  for (let i = 0; i < dot; i++) {
    const c = host.charCodeAt(i);
    if (c === 0x2e ? host.charCodeAt(i - 1) === 0x2e || i === 0 : !(isAlnum(c) || c === 0x2d)) return false;
  }
  return !OWN_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Classifies one token of URL characters: a URL, a bare domain, or an e-mail address. */
function screenToken(s: string, from: number, to: number, sink: FindingSink): void {
  let a = from;
  let b = to;
  while (a < b && TRIM.includes(s.charAt(a))) a++;
  while (b > a && TRIM.includes(s.charAt(b - 1))) b--;
  const token = s.slice(a, b);
  const scheme = token.search(/https?:\/\//);
  const start = scheme >= 0 ? a + scheme : a;
  const rest = scheme >= 0 ? token.slice(scheme).replace(/^https?:\/\//, '') : token;
  const hostEnd = rest.search(/[/?#:]/);
  const host = hostEnd >= 0 ? rest.slice(0, hostEnd) : rest;
  const at = host.lastIndexOf('@');
  if (at > 0 && isDomain(host.slice(at + 1))) sink.add('contact_handle', start, b);
  else if (at < 0 && (isDomain(host) || (scheme >= 0 && host.length > 0))) sink.add('link', start, b);
}

/** Taobao's share code (淘口令): a currency sign, 8–14 letters and digits, a currency sign. */
function screenShareCode(s: string, i: number, sink: FindingSink): void {
  let letters = 0;
  let j = i + 1;
  for (; j < s.length && j - i <= 15 && isAlnum(s.charCodeAt(j)); j++) if (isLatin(s.charCodeAt(j))) letters++;
  if (j - i - 1 >= 8 && letters > 0 && isCurrency(s.charCodeAt(j))) sink.add('other_marketplace', i, j + 1);
}

/**
 * PEN-01: URLs, bare domains (shop.xyz), e-mail addresses and Taobao share codes. One pass.
 *
 * @example
 * findLinks('看 www.shop.com', sink) // sink.items → [{ kind: 'link', start: 2, end: 14 }]
 */
export function findLinks(s: string, sink: FindingSink): void {
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (isCurrency(c)) screenShareCode(s, i, sink);
    if (!isUrlChar(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isUrlChar(s.charCodeAt(j))) j++;
    if (s.slice(i, j).includes('.')) screenToken(s, i, j, sink);
    i = j;
  }
}
