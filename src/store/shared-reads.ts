import type { RecordStore, Versioned } from './record-store';

/**
 * Reads of one key that overlap share one query: under load many turns read the roster and the meeting at
 * the same moment, and one answer serves them all. A write by this process (done or refused) ends the
 * sharing for its key, so a read that starts after it sees it (read-your-writes); a write by another
 * process is seen by the next read, as it would be without sharing.
 */
export function shareReads(store: RecordStore): RecordStore {
  const reading = new Map<string, Promise<Versioned | undefined>>();
  return {
    get(key) {
      let read = reading.get(key);
      if (!read) {
        const started = store.get(key).finally(() => {
          if (reading.get(key) === started) reading.delete(key);
        });
        reading.set(key, (read = started));
      }
      return read;
    },
    async compareAndSet(key, expected, value) {
      try {
        return await store.compareAndSet(key, expected, value);
      } finally {
        reading.delete(key);
      }
    },
    list: (prefix) => store.list(prefix),
    async delete(key) {
      try {
        await store.delete(key);
      } finally {
        reading.delete(key);
      }
    },
    close: () => store.close(),
  };
}
