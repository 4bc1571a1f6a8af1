import { opensContact } from './find-contacts.js';
import { opensKeyword } from './find-keywords.js';
import { opensLink } from './find-links.js';
import { opensNumber } from './find-numbers.js';
import { compileFolding, foldMessage, type Folding } from './normalize.js';
import { CONTACT, KEYWORD, LINK, NUMBER, TextIndex } from './text-index.js';

let folding: Folding | undefined;

/**
 * PEN-01: the folding the screener uses, marking each unit with the finders that can start on it.
 * Folding ORs the marks over the message and lists where they sit, so a finder whose start characters
 * do not occur is not run at all, one whose do visits only those positions, and a message with none
 * (most chat lines mention no handle, number, shop or address) is done after one pass. Exact: a
 * position without a finder's mark is one where that finder would add nothing. Compiled on first use.
 *
 * @example
 * foldMessage('加V', screenFolding()).seen // → CONTACT  (V folds to v, which opens 'vx', 'v信' …)
 */
export function screenFolding(): Folding {
  folding ??= compileFolding(
    (u) => (opensContact(u) ? CONTACT : 0) | (opensNumber(u) ? NUMBER : 0) | (opensKeyword(u) ? KEYWORD : 0) | (opensLink(u) ? LINK : 0),
  );
  return folding;
}

/**
 * A text folded and indexed as the screener does it, in buffers of its own: for examples and tests.
 *
 * @example
 * indexText('好的，加Ｖ').marked // → Int32Array [4]  (Ｖ folds to v, which opens vx, v信 …)
 */
export function indexText(text: string): TextIndex {
  const { units, markCount, marked, marks } = foldMessage(text, screenFolding());
  return new TextIndex(units.slice(), markCount, marked.slice(0, markCount), marks.slice(0, markCount));
}
