/**
 * A promise made once per key and kept, for clients that serve every call to the same place: one that
 * failed is forgotten, so the next call tries again. Keys come from activities (service URLs), so at most
 * `max` are kept, the oldest dropped first.
 */
export function kept<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>, max = 64): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}
