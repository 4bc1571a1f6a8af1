import type { Marketplace } from '../model/vocabulary.js';
import { isAlnum, isCurrency, isLatin, isUrlChar } from './chars.js';
import { MARKETPLACE_DOMAINS, SHARE_CODE_MARKETPLACE } from './marketplaces.js';
import { isOneOf, unitsAt, type Units } from './normalize.js';
import type { FindingSink } from './screen-finding.js';
import { LINK, type TextIndex } from './text-index.js';

const TLDS = [
  'com', 'cn', 'net', 'org', 'top', 'vip', 'shop', 'store', 'xyz', 'cc', 'me', 'io', 'co', 'site', 'online', 'link', 'club', 'info',
  'wang', 'ink', 'tv', 'biz', 'ltd', 'work', 'fun', 'icu', 'live', 'pro', 'asia', 'hk', 'tw', 'mo',
];

// Punctuation a URL-character run may start or end with that belongs to the sentence, not the address.
const isTrim = (c: number | undefined): boolean => c === 0x2e || c === 0x2d || c === 0x5f || c === 0x3a || c === 0x2f || c === 0x40;
const endsHost = (c: number | undefined): boolean => c === 0x2f || c === 0x3f || c === 0x23 || c === 0x3a; // / ? # :

/** The last index of `code` in `s[from, to)`, or -1. Bounded, unlike lastIndexOf, so a scan never leaves its token. */
function lastIn(s: Units, code: number, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (s[k] === code) return k;
  return -1;
}

/**
 * `s[from, to)` is a domain name: labels of letters, digits and dashes, the last one a known TLD; and
 * not one of the `own` marketplaces' (or a subdomain), which is where a merchant should send the buyer.
 */
function isDomain(s: Units, from: number, to: number, own: readonly Marketplace[]): boolean {
  const dot = lastIn(s, 0x2e, from, to);
  if (dot <= from || !isOneOf(s, dot + 1, to, TLDS)) return false;
  // Up to and including the last dot, so that the label before it cannot be empty either (a..com).
  for (let i = from; i <= dot; i++) {
    const c = s[i];
    if (c === 0x2e ? s[i - 1] === 0x2e || i === from : !(isAlnum(c) || c === 0x2d)) return false;
  }
  const n = to - from;
  return !own.some((m) =>
    MARKETPLACE_DOMAINS[m]?.some((d) => unitsAt(s, to - d.length, d) && (n === d.length || (n > d.length && s[to - d.length - 1] === 0x2e))),
  );
}

/** The first `http://` or `https://` inside `s[from, to)`, or its disguise `hxxp(s)://`: where it starts and ends. */
function findScheme(s: Units, from: number, to: number): { readonly at: number; readonly end: number } | undefined {
  for (let k = from; k + 7 <= to; k++) {
    if (s[k] !== 0x68 || !(unitsAt(s, k, 'http') || unitsAt(s, k, 'hxxp'))) continue;
    const p = s[k + 4] === 0x73 ? k + 5 : k + 4; // https
    if (p + 3 <= to && unitsAt(s, p, '://')) return { at: k, end: p + 3 };
  }
  return undefined;
}

/** Classifies one run of URL characters: a URL, a bare domain, or an e-mail address. Reads the text in place. */
function screenToken(s: Units, from: number, to: number, sink: FindingSink, own: readonly Marketplace[]): void {
  let a = from;
  let b = to;
  while (a < b && isTrim(s[a])) a++;
  while (b > a && isTrim(s[b - 1])) b--;
  const scheme = findScheme(s, a, b);
  const start = scheme?.at ?? a;
  const hostStart = scheme?.end ?? a;
  let hostEnd = hostStart;
  while (hostEnd < b && !endsHost(s[hostEnd])) hostEnd++;
  const at = lastIn(s, 0x40, hostStart, hostEnd);
  if (at > hostStart && isDomain(s, at + 1, hostEnd, own)) sink.add('contact_handle', start, b);
  else if (at < 0 && (isDomain(s, hostStart, hostEnd, own) || (scheme !== undefined && hostEnd > hostStart))) sink.add('link', start, b);
}

/** Taobao's share code (淘口令): a currency sign, 8–14 letters and digits, a currency sign. Read only where that marketplace is not the policy's own. */
function screenShareCode(s: Units, i: number, sink: FindingSink): void {
  let letters = 0;
  let j = i + 1;
  for (; j < s.length && j - i <= 14 && isAlnum(s[j]); j++) if (isLatin(s[j])) letters++;
  if (j - i - 1 >= 8 && letters > 0 && isCurrency(s[j])) sink.add('other_marketplace', i, j + 1);
}

/**
 * Whether a (folded) code unit lets {@link findLinks} find anything: an address needs a dot, a share
 * code a currency sign.
 *
 * @example
 * opensLink('.'.charCodeAt(0)) // → true
 */
export const opensLink = (c: number): boolean => c === 0x2e || isCurrency(c);

/**
 * PEN-01: URLs, bare domains (shop.xyz), e-mail addresses and Taobao share codes. Visits only dots and
 * currency signs, and reads each run of URL characters once.
 *
 * @example
 * const sink = new FindingSink(); findLinks(indexText('看 www.shop.com'), sink, ['pinduoduo'])
 * sink.merged((...f) => f, () => false) // → [['link', 2, 14]]
 */
export function findLinks(idx: TextIndex, sink: FindingSink, own: readonly Marketplace[]): void {
  const { s, markCount, marked, marks } = idx;
  let resume = 0;
  for (let h = 0; h < markCount; h++) {
    // Stryker disable next-line ConditionalExpression: a position that cannot start a link is passed over below anyway
    if (((marks[h] as number) & LINK) === 0) continue;
    const i = marked[h] as number;
    const c = s[i];
    if (isCurrency(c) && !own.includes(SHARE_CODE_MARKETPLACE)) screenShareCode(s, i, sink);
    if (c !== 0x2e || i < resume) continue;
    // The whole run of URL characters around the dot: no earlier than the last run, which ended on a non-URL character.
    let a = i;
    while (a > resume && isUrlChar(s[a - 1])) a--;
    let b = i + 1;
    while (b < s.length && isUrlChar(s[b])) b++;
    screenToken(s, a, b, sink, own);
    resume = b;
  }
}
