/** A stored record with the version that compare-and-set checks. */
export interface Versioned<T = unknown> {
  version: number;
  value: T;
}

/**
 * Nämndbot's storage port: versioned records written with compare-and-set, never last-write-wins.
 * Backends: a SQLite file (default) and memory (tests); each makes compareAndSet atomic its own way.
 */
export interface RecordStore {
  get(key: string): Promise<Versioned | undefined>;
  /** Writes `value` as version expected+1 when the stored version is `expected` (null: the key must be absent). Returns the new version, or null on conflict. */
  compareAndSet(key: string, expected: number | null, value: unknown): Promise<number | null>;
  /** Every record whose key starts with `prefix`, in key order. */
  list(prefix: string): Promise<Array<{ key: string; record: Versioned }>>;
  /** The keys that start with `prefix`, in key order, without their records. */
  listKeys(prefix: string): Promise<string[]>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}
