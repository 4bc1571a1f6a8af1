import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import { replay } from '../../src/case/replay.js';
import type { CaseEffect } from '../../src/model/case.js';
import { arbEvents } from '../../src/testing/arb-events.js';
import { arbOpened } from './arbitraries.js';

const arbRun = () => arbOpened().chain((o) => arbEvents(o.case, { maxLength: 16 }).map((events) => ({ ...o, events })));

describe('applyEvent: the effects of this step', () => {
  test.prop([arbRun()])('CSE-06 law: a step returns exactly the effects it appended to the case log', ({ case: start, events, policy }) => {
    let c = start;
    for (const e of events) {
      const r = applyEvent(c, e, policy);
      if (!r.ok) continue;
      expect(r.value.case.effects).toEqual([...c.effects, ...r.value.effects]);
      c = r.value.case;
    }
  });

  test.prop([arbRun()])('CSE-06 law: the steps\u2019 effects, in order, are what replay adds to the opened case', ({ order, request, case: start, events, policy }) => {
    const performed: CaseEffect[] = [];
    let c = start;
    let accepted = 0;
    for (const e of events) {
      const r = applyEvent(c, e, policy);
      if (!r.ok) break;
      performed.push(...r.value.effects);
      c = r.value.case;
      accepted++;
    }
    const replayed = replay(order, request, events.slice(0, accepted), policy);
    expect(replayed.ok && replayed.value.effects.slice(start.effects.length)).toEqual(performed);
  });
});
