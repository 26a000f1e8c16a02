import type { RecordStore, Versioned } from './record-store';

/** An in-memory RecordStore for unit tests and `STORE_URL=memory://`; values are copied in and out like a real store. */
export function createMemoryStore(): RecordStore {
  const rows = new Map<string, string>();
  return {
    async get(key) {
      const raw = rows.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as Versioned);
    },
    async compareAndSet(key, expected, value) {
      const raw = rows.get(key);
      const current = raw === undefined ? null : (JSON.parse(raw) as Versioned).version;
      if (current !== expected) return null;
      const version = (expected ?? 0) + 1;
      rows.set(key, JSON.stringify({ version, value }));
      return version;
    },
    async list(prefix) {
      return [...rows.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((key) => ({ key, record: JSON.parse(rows.get(key) as string) as Versioned }));
    },
    async delete(key) {
      rows.delete(key);
    },
    async close() {},
  };
}
