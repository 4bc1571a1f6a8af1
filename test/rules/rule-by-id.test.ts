import { describe, expect, it } from 'vitest';
import { ruleById, RULES } from '../../src/rules/catalogue.js';

describe('ruleById', () => {
  it('ELG-06: finds a rule of the catalogue by its ID', () => {
    expect(ruleById('ELG-06')?.summary).toBe('`no_reason` return or exchange: within 7 days after signing (TIME-01).');
    expect(ruleById('ELG-06')?.id).toBe('ELG-06');
  });

  it('finds every rule as itself', () => {
    for (const rule of RULES) expect(ruleById(rule.id)).toBe(rule);
  });

  it('gives undefined for an ID the catalogue lacks', () => {
    expect(ruleById('XYZ-99')).toBeUndefined();
    expect(ruleById('')).toBeUndefined();
  });
});
