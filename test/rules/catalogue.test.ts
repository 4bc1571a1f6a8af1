import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies, REASON_CODES } from '../../src/index.js';
import { RULES } from '../../src/rules/index.js';

const domain = readFileSync(new URL('../../../shared/DOMAIN.md', import.meta.url), 'utf8');
const domainIds = [...domain.matchAll(/^\| ((?:TIME|CAL|ELG|RFT|FRT|RSD|CSE|LOG|PEN|SLA)-\d{2}) \|/gm)].map((m) => m[1]);

const at = (obj: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);

describe('the rule registry', () => {
  it('lists every rule of DOMAIN.md exactly once, in catalogue order', () => {
    expect(RULES.map((r) => r.id)).toEqual(domainIds);
  });

  it('knows the rule of every reason code', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const rule of Object.values(REASON_CODES)) expect(ids.has(rule)).toBe(true);
  });

  it('names only policy parameters that exist in both built-in packs', () => {
    for (const rule of RULES) {
      for (const path of rule.parameters) {
        for (const policy of Object.values(policies)) expect(at(policy, path), `${rule.id} ${path}`).not.toBeUndefined();
      }
    }
  });
});
