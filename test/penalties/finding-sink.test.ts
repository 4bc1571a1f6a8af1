import { describe, expect, it } from 'vitest';
import { FindingSink } from '../../src/penalties/screen-finding.js';

const all = (sink: FindingSink, joins: (from: number, to: number) => boolean = () => false) =>
  sink.merged((kind, start, end) => [kind, start, end] as const, joins);

describe('FindingSink: findings merged per kind, in text order (PEN-01)', () => {
  it('PEN-01: an overlapping finding of a kind extends the latest one as it is added', () => {
    const sink = new FindingSink();
    sink.add('link', 0, 5);
    sink.add('link', 3, 8);
    sink.add('phone_number', 4, 6);
    expect(sink.size).toBe(2);
    expect(all(sink)).toEqual([
      ['link', 0, 8],
      ['phone_number', 4, 6],
    ]);
  });

  it('PEN-01: findings added out of text order are sorted, and only overlapping ones merged', () => {
    const sink = new FindingSink();
    sink.add('link', 5, 8);
    sink.add('link', 0, 3);
    expect(sink.size).toBe(2);
    expect(all(sink)).toEqual([
      ['link', 0, 3],
      ['link', 5, 8],
    ]);
  });

  it('PEN-01: touching findings merge when sorted; a gap merges only where `joins` says so', () => {
    const touching = new FindingSink();
    touching.add('link', 5, 8);
    touching.add('link', 0, 3);
    touching.add('link', 3, 5);
    expect(all(touching)).toEqual([['link', 0, 8]]);
    const apart = new FindingSink();
    apart.add('link', 0, 3);
    apart.add('link', 6, 9);
    expect(all(apart, (from, to) => to - from <= 3)).toEqual([['link', 0, 9]]);
  });

  it('PEN-01: after merging, the sink holds just those findings, and later ones extend them', () => {
    const sink = new FindingSink();
    sink.add('link', 5, 8);
    sink.add('link', 0, 3);
    sink.add('phone_number', 10, 12);
    expect(all(sink, () => true)).toEqual([
      ['link', 0, 8],
      ['phone_number', 10, 12],
    ]);
    sink.add('phone_number', 11, 14);
    expect(sink.size).toBe(2);
    expect(all(sink)).toEqual([
      ['link', 0, 8],
      ['phone_number', 10, 14],
    ]);
  });
});
