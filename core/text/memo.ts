// Parsers ask the same question of the same words and lines many times over (a letter repeats its
// words; every keyword test reads each line). A small cache answers the repeats; it is emptied when it
// grows past its limit, so a 1 MB paste cannot make it hold more than that.

/** `fn` with its recent answers kept, keyed by the string it is given. */
export function memoize<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const out = fn(key);
    if (cache.size > limit) cache.clear();
    cache.set(key, out);
    return out;
  };
}
