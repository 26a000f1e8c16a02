import fs from 'node:fs';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import sqlite3 from 'sqlite3';
import { decodeRecord } from './decode';
import type { RecordStore } from './record-store';

type Row = Record<string, unknown>;

function openDatabase(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (e) => (e ? reject(e) : resolve(db)));
  });
}

/** The bounds of the keys that start with `prefix`, for `key >= ? AND key < ?`. */
const keyRange = (prefix: string): string[] => [prefix, `${prefix}\u{10FFFF}`];

function rowsOf(statement: sqlite3.Statement, params: unknown[]): Promise<Row[]> {
  return new Promise((resolve, reject) => statement.all(params, (e: Error | null, rows: Row[]) => (e ? reject(e) : resolve(rows))));
}

/**
 * RecordStore on a SQLite file in keyv's layout: keyv's SQLite adapter opens the file and creates its table,
 * and the store runs its six statements, prepared once, on a connection of its own (compiling the SQL of
 * every read again cost as much as the read). Compare-and-set is one conditional UPDATE/INSERT … RETURNING
 * statement, which SQLite runs atomically even with several bot processes on the same file (WAL mode, busy
 * timeout).
 */
export async function createSqliteStore(file: string): Promise<RecordStore> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
  const setUp = adapter.query as unknown as (sql: string) => Promise<Row[]>;
  await setUp('PRAGMA journal_mode = WAL');
  const db = await openDatabase(file);
  db.configure('busyTimeout', 10_000);
  await new Promise<void>((resolve, reject) => db.exec('PRAGMA synchronous = NORMAL', (e) => (e ? reject(e) : resolve())));
  const table = adapter.opts.table;
  const sql = {
    get: db.prepare(`SELECT value FROM ${table} WHERE key = ?`),
    insert: db.prepare(`INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING RETURNING key`),
    update: db.prepare(`UPDATE ${table} SET value = ? WHERE key = ? AND json_extract(value, '$.version') = ? RETURNING key`),
    // A key range rather than LIKE: the primary key's index serves it, so listing one meeting's
    // ärenden costs the same with one meeting or a thousand in the file.
    list: db.prepare(`SELECT key, value FROM ${table} WHERE key >= ? AND key < ? ORDER BY key`),
    listKeys: db.prepare(`SELECT key FROM ${table} WHERE key >= ? AND key < ? ORDER BY key`),
    delete: db.prepare(`DELETE FROM ${table} WHERE key = ?`),
  };
  return {
    async get(key) {
      const [row] = await rowsOf(sql.get, [key]);
      return row === undefined ? undefined : decodeRecord(String(row.value));
    },
    async compareAndSet(key, expected, value) {
      const version = (expected ?? 0) + 1;
      const row = JSON.stringify({ version, value });
      const done = expected === null ? await rowsOf(sql.insert, [key, row]) : await rowsOf(sql.update, [row, key, expected]);
      return done.length === 1 ? version : null;
    },
    async list(prefix) {
      const rows = await rowsOf(sql.list, keyRange(prefix));
      return rows.map((r) => ({ key: String(r.key), record: decodeRecord(String(r.value)) }));
    },
    async listKeys(prefix) {
      return (await rowsOf(sql.listKeys, keyRange(prefix))).map((r) => String(r.key));
    },
    async delete(key) {
      await rowsOf(sql.delete, [key]);
    },
    async close() {
      for (const statement of Object.values(sql)) await new Promise<void>((resolve) => statement.finalize(() => resolve()));
      await new Promise<void>((resolve, reject) => db.close((e) => (e ? reject(e) : resolve())));
      await adapter.disconnect();
    },
  };
}
