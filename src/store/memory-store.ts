import { decodeRecord } from './decode';
import type { RecordStore } from './record-store';

/** An in-memory RecordStore for unit tests and `STORE_URL=memory://`; values are copied in and out like a real store. */
export function createMemoryStore(): RecordStore {
  const rows = new Map<string, string>();
  return {
    async get(key) {
      const raw = rows.get(key);
      return raw === undefined ? undefined : decodeRecord(raw);
    },
    async compareAndSet(key, expected, value) {
      const raw = rows.get(key);
      const current = raw === undefined ? null : decodeRecord(raw).version;
      if (current !== expected) return null;
      const version = (expected ?? 0) + 1;
      rows.set(key, JSON.stringify({ version, value }));
      return version;
    },
    async list(prefix) {
      return [...rows.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((key) => ({ key, record: decodeRecord(rows.get(key) as string) }));
    },
    async listKeys(prefix) {
      return [...rows.keys()].filter((k) => k.startsWith(prefix)).sort();
    },
    async delete(key) {
      rows.delete(key);
    },
    async close() {},
  };
}
