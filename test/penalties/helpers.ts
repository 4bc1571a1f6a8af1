import { policies } from '../../src/policies/index.js';
import { screenMessage } from '../../src/penalties/screen-message.js';

/** What a merchant's `text` is flagged for under PDD, as `[kind, excerpt]` pairs. */
export const findings = (text: string) =>
  screenMessage({ text, sender: 'merchant' }, policies.pinduoduo).findings.map((f) => [f.kind, f.excerpt] as const);
