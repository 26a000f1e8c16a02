import fs from 'node:fs';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { decodeRecord } from './decode';
import type { RecordStore } from './record-store';

type Query = (sql: string, ...params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * RecordStore on a SQLite file through keyv's SQLite adapter. Reads go through the adapter; compare-and-set
 * is one conditional UPDATE/INSERT … RETURNING statement, which SQLite runs atomically even with several
 * bot processes on the same file (WAL mode, busy timeout).
 */
export async function createSqliteStore(file: string): Promise<RecordStore> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
  const query = adapter.query as unknown as Query;
  await query('PRAGMA journal_mode = WAL');
  await query('PRAGMA synchronous = NORMAL');
  const table = 'keyv';
  return {
    async get(key) {
      const raw = (await adapter.get(key)) as string | undefined;
      return raw === undefined ? undefined : decodeRecord(raw);
    },
    async compareAndSet(key, expected, value) {
      const version = (expected ?? 0) + 1;
      const row = JSON.stringify({ version, value });
      const done =
        expected === null
          ? await query(`INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING RETURNING key`, key, row)
          : await query(`UPDATE ${table} SET value = ? WHERE key = ? AND json_extract(value, '$.version') = ? RETURNING key`, row, key, expected);
      return done.length === 1 ? version : null;
    },
    async list(prefix) {
      // A key range rather than LIKE: the primary key's index serves it, so listing one meeting's
      // ärenden costs the same with one meeting or a thousand in the file.
      const rows = await query(`SELECT key, value FROM ${table} WHERE key >= ? AND key < ? ORDER BY key`, prefix, `${prefix}\u{10FFFF}`);
      return rows.map((r) => ({ key: String(r.key), record: decodeRecord(String(r.value)) }));
    },
    async delete(key) {
      await adapter.delete(key);
    },
    async close() {
      await adapter.disconnect();
    },
  };
}
