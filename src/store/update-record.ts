import type { ZodType, ZodTypeDef } from 'zod';
import { parseRecord } from './decode';
import type { RecordStore } from './record-store';

/** What an update function decides: write a new value, or leave the record as it is and say why. */
export type UpdateDecision<T, R> = { write: T; result: R } | { keep: true; result: R };

/** A record as it was read, and its version (null: there was none). */
export interface ReadRecord<T> {
  current: T | undefined;
  version: number | null;
}

/**
 * Read-modify-write with compare-and-set: reads the record (parsed with `schema`), asks `decide` what to
 * do, and writes only if nobody wrote in between; on a conflict it reads again and asks again. `first` is
 * a read the caller already made: the first attempt starts from it (if it is stale, the write fails and
 * the next attempt reads afresh).
 */
export async function updateRecord<T, R>(
  store: RecordStore,
  key: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  decide: (current: T | undefined, version: number | null) => UpdateDecision<T, R>,
  first?: ReadRecord<T>,
  maxAttempts = 50,
): Promise<{ result: R; version: number | null; written: boolean }> {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const { current, version } = attempt === 0 && first ? first : await read(store, key, schema);
    const decision = decide(current, version);
    if ('keep' in decision) return { result: decision.result, version, written: false };
    const newVersion = await store.compareAndSet(key, version, decision.write);
    if (newVersion !== null) return { result: decision.result, version: newVersion, written: true };
  }
  throw new Error(`STORE.CONTENDED: ${key} kunde inte skrivas efter ${maxAttempts} försök`);
}

async function read<T>(store: RecordStore, key: string, schema: ZodType<T, ZodTypeDef, unknown>): Promise<ReadRecord<T>> {
  const stored = await store.get(key);
  return { current: stored === undefined ? undefined : parseRecord(schema, stored.value), version: stored?.version ?? null };
}
