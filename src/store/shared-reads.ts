import type { RecordStore, Versioned } from './record-store';

type Listing = Array<{ key: string; record: Versioned }>;

/** One query per key while it runs: later callers get the same promise, until `forget`. */
function inFlight<T>(): { read: (key: string, query: () => Promise<T>) => Promise<T>; forget: (key: string) => void; keys: () => string[] } {
  const running = new Map<string, Promise<T>>();
  return {
    read(key, query) {
      let read = running.get(key);
      if (!read) {
        const started = query().finally(() => {
          if (running.get(key) === started) running.delete(key);
        });
        running.set(key, (read = started));
      }
      return read;
    },
    forget: (key) => void running.delete(key),
    keys: () => [...running.keys()],
  };
}

/**
 * Reads that overlap share one query: under load many turns read the roster, the meeting and the list of
 * meetings at the same moment, and one answer serves them all. A write by this process (done or refused)
 * ends the sharing of its key and of every listing it falls in, so a read that starts after it sees it
 * (read-your-writes); a write by another process is seen by the next read, as it would be without sharing.
 */
export function shareReads(store: RecordStore): RecordStore {
  const gets = inFlight<Versioned | undefined>();
  const lists = inFlight<Listing>();
  const keyLists = inFlight<string[]>();
  const written = (key: string): void => {
    gets.forget(key);
    for (const listed of [lists, keyLists]) for (const prefix of listed.keys()) if (key.startsWith(prefix)) listed.forget(prefix);
  };
  return {
    get: (key) => gets.read(key, () => store.get(key)),
    // Frozen, as the records in it are: one caller's sort or push would otherwise show in another's.
    list: (prefix) => lists.read(prefix, async () => Object.freeze((await store.list(prefix)).map((row) => Object.freeze(row))) as Listing),
    listKeys: (prefix) => keyLists.read(prefix, async () => Object.freeze(await store.listKeys(prefix)) as string[]),
    async compareAndSet(key, expected, value) {
      try {
        return await store.compareAndSet(key, expected, value);
      } finally {
        written(key);
      }
    },
    async delete(key) {
      try {
        await store.delete(key);
      } finally {
        written(key);
      }
    },
    close: () => store.close(),
  };
}
