import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { decodeRecord } from './decode';
import type { RecordStore } from './record-store';

/** The bounds of the keys that start with `prefix`, for `key >= ? AND key < ?`. */
const keyRange = (prefix: string): [string, string] => [prefix, `${prefix}\u{10FFFF}`];

/** How long a statement waits inside SQLite for another connection's lock before it waits asynchronously. */
const SYNC_LOCK_WAIT_MS = 20;

/** keyv's SQLite layout, so a file keeps its records whichever of the two opened it first. */
const TABLE = 'keyv';

/**
 * RecordStore on a SQLite file, in keyv's table layout, through better-sqlite3: each statement runs
 * synchronously on the event loop, a few microseconds for a record by key. An asynchronous driver sent
 * every statement through libuv's thread pool, and on a busy machine a click waited for that thread to be
 * scheduled (20–40 ms at the 99th percentile; see bench/results.md). The six statements are prepared once.
 * Compare-and-set is one conditional UPDATE or INSERT, which SQLite runs atomically even with several bot
 * processes on the same file (WAL mode). A statement that finds another connection's write lock waits a
 * moment inside SQLite, then again asynchronously, so a long lock (a backup, someone's open transaction)
 * holds up only the writes that need it, never the event loop; after `lockWaitMs` it fails and nothing
 * was written.
 */
export async function createSqliteStore(file: string, { lockWaitMs = 10_000 } = {}): Promise<RecordStore> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: SYNC_LOCK_WAIT_MS });
  const run = async <T>(statement: () => T): Promise<T> => {
    const giveUpAt = Date.now() + lockWaitMs;
    for (let pause = 5; ; pause = Math.min(2 * pause, 200)) {
      try {
        return statement();
      } catch (e) {
        if (!String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY') || Date.now() >= giveUpAt) throw e;
      }
      await sleep(pause);
    }
  };
  // Two processes starting together contend for these too (WAL mode needs the file to itself a moment).
  await run(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  await run(() => db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE}(key VARCHAR(255) PRIMARY KEY, value TEXT )`));
  const sql = {
    get: db.prepare<[string], string>(`SELECT value FROM ${TABLE} WHERE key = ?`).pluck(),
    insert: db.prepare<[string, string]>(`INSERT INTO ${TABLE} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING`),
    update: db.prepare<[string, string, number]>(`UPDATE ${TABLE} SET value = ? WHERE key = ? AND json_extract(value, '$.version') = ?`),
    // A key range rather than LIKE: the primary key's index serves it, so listing one meeting's
    // ärenden costs the same with one meeting or a thousand in the file.
    list: db.prepare<[string, string], { key: string; value: string }>(`SELECT key, value FROM ${TABLE} WHERE key >= ? AND key < ? ORDER BY key`),
    listKeys: db.prepare<[string, string], string>(`SELECT key FROM ${TABLE} WHERE key >= ? AND key < ? ORDER BY key`).pluck(),
    delete: db.prepare<[string]>(`DELETE FROM ${TABLE} WHERE key = ?`),
  };
  return {
    async get(key) {
      const value = await run(() => sql.get.get(key));
      return value === undefined ? undefined : decodeRecord(value);
    },
    async compareAndSet(key, expected, value) {
      const version = (expected ?? 0) + 1;
      const row = JSON.stringify({ version, value });
      const done = await run(() => (expected === null ? sql.insert.run(key, row) : sql.update.run(row, key, expected)));
      return done.changes === 1 ? version : null;
    },
    async list(prefix) {
      return (await run(() => sql.list.all(...keyRange(prefix)))).map((r) => ({ key: r.key, record: decodeRecord(r.value) }));
    },
    async listKeys(prefix) {
      return run(() => sql.listKeys.all(...keyRange(prefix)));
    },
    async delete(key) {
      await run(() => sql.delete.run(key));
    },
    async close() {
      db.close();
    },
  };
}
