import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/case/replay.js';
import { deadlines, parseCase, type AfterSalesCase } from '../../src/index.js';
import { arbEvents } from '../../src/testing/arb-events.js';
import { arbOpened } from './arbitraries.js';

// A case with events on it: opened, then as far as generated events take it (refusals stop the run).
const arbCase = () =>
  arbOpened().chain((o) =>
    arbEvents(o.case, { maxLength: 12 }).map((events) => {
      for (let n = events.length; n > 0; n--) {
        const r = replay(o.order, o.request, events.slice(0, n), o.policy);
        if (r.ok) return r.value;
      }
      return o.case;
    }),
  );

const issuesOf = (input: unknown) => {
  const r = parseCase(input);
  return r.ok ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('parseCase: a stored case is validated before a case function reads it (CSE-06)', () => {
  test.prop([arbCase()])('CSE-06 law: every case the library makes parses back to an equal value, through JSON too', (c) => {
    const direct = parseCase(c);
    expect(direct).toEqual({ ok: true, value: c });
    const stored = parseCase(JSON.parse(JSON.stringify(c)) as unknown);
    expect(stored.ok && stored.value).toEqual(JSON.parse(JSON.stringify(c)));
  });

  test.prop([arbCase()])('CSE-06: a case saved without terms is refused at [terms], never a TypeError in deadlines', (c) => {
    const { terms: _, ...withoutTerms } = c;
    const r = parseCase(withoutTerms);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['terms'] }] });
    expect(() => deadlines(withoutTerms as AfterSalesCase)).toThrow(TypeError);
  });

  test.prop([arbCase()])('CSE-06: every bad field is reported at once, each with its path', (c) => {
    const bad = {
      ...c,
      status: 'lost',
      money: { ...c.money, refundFen: -1 },
      history: c.history.map((e, i) => (i === 0 ? { ...e, at: '2025-03-05 10:00' } : e)),
      clock: { ...c.clock, lastEventMs: 1.5 },
    };
    const paths = issuesOf(bad);
    expect(paths).toEqual(expect.arrayContaining(['status', 'money.refundFen', 'clock.lastEventMs']));
    if (c.history.length > 0) expect(paths).toContain('history.0.at');
  });

  it('CSE-06: what is not an object, and an empty object, are refused with their issues, never thrown', () => {
    for (const input of [null, undefined, 42, 'case', [], {}]) expect(parseCase(input).ok).toBe(false);
    expect(issuesOf({})).toEqual(expect.arrayContaining(['id', 'terms', 'history', 'milestones']));
  });
});
