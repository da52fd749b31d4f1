// The bounded cache the parsers share: repeats are answered from it, and it never outgrows its limit.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../../core/text/memo';

describe('memoize', () => {
  it('answers a repeated key from the cache and a new key from the function', () => {
    const asked: string[] = [];
    const upper = memoize((k) => {
      asked.push(k);
      return k.toUpperCase();
    }, 10);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
  });
  it('keeps a false or zero answer (only undefined means not asked yet)', () => {
    let calls = 0;
    const none = memoize(() => {
      calls += 1;
      return false;
    }, 10);
    none('x');
    none('x');
    expect(calls).toBe(1);
  });
  it('is emptied once it grows past its limit, then asks again', () => {
    const asked: string[] = [];
    const id = memoize((k) => {
      asked.push(k);
      return k;
    }, 2);
    for (const k of ['a', 'b', 'c', 'd', 'a']) id(k);
    // a, b, c fill it; d finds it past the limit and empties it; a is asked again.
    expect(asked).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
