import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { createMemoryStore } from '../../src/store/memory-store';
import type { RecordStore } from '../../src/store/record-store';
import { shareReads } from '../../src/store/shared-reads';
import { createSqliteStore } from '../../src/store/sqlite-store';
import { updateRecord } from '../../src/store/update-record';

const backends: Array<[string, () => Promise<{ store: RecordStore; reopen?: () => Promise<RecordStore> }>]> = [
  ['memory', async () => ({ store: createMemoryStore() })],
  [
    'sqlite file',
    async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-store-')), 'test.sqlite');
      return { store: await createSqliteStore(file), reopen: () => createSqliteStore(file) };
    },
  ],
  [
    'sqlite file, reads shared (as the bot opens it)',
    async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-store-')), 'test.sqlite');
      return { store: shareReads(await createSqliteStore(file)), reopen: async () => shareReads(await createSqliteStore(file)) };
    },
  ],
];

describe.each(backends)('RecordStore on %s', (_name, open) => {
  let store: RecordStore;
  let reopen: (() => Promise<RecordStore>) | undefined;
  beforeEach(async () => {
    ({ store, reopen } = await open());
  });
  afterEach(async () => store.close());

  it('creates a record only when it is absent', async () => {
    expect(await store.compareAndSet('a', null, { n: 1 })).toBe(1);
    expect(await store.compareAndSet('a', null, { n: 2 })).toBeNull();
    expect(await store.get('a')).toEqual({ version: 1, value: { n: 1 } });
  });

  it('refuses a write against a stale version and keeps the newer value', async () => {
    await store.compareAndSet('a', null, { n: 1 });
    expect(await store.compareAndSet('a', 1, { n: 2 })).toBe(2);
    expect(await store.compareAndSet('a', 1, { n: 3 })).toBeNull();
    expect(await store.get('a')).toEqual({ version: 2, value: { n: 2 } });
  });

  it('lists by prefix in key order, treating % and _ literally', async () => {
    await store.compareAndSet('m:2', null, 2);
    await store.compareAndSet('m:1', null, 1);
    await store.compareAndSet('m_x', null, 'x');
    await store.compareAndSet('n:1', null, 'n');
    expect((await store.list('m:')).map((r) => r.key)).toEqual(['m:1', 'm:2']);
    expect((await store.list('m_')).map((r) => r.key)).toEqual(['m_x']);
    expect(await store.listKeys('m:')).toEqual(['m:1', 'm:2']);
    expect(await store.listKeys('m_')).toEqual(['m_x']);
    await store.delete('m:1');
    expect(await store.listKeys('m')).toEqual(['m:2', 'm_x']);
  });

  it('loses no increment when 50 updates race on one record', async () => {
    const schema = z.object({ n: z.number() });
    await Promise.all(
      Array.from({ length: 50 }, () =>
        updateRecord(store, 'counter', schema, (cur) => ({ write: { n: (cur?.n ?? 0) + 1 }, result: null }), undefined, 500),
      ),
    );
    expect((await store.get('counter'))?.value).toEqual({ n: 50 });
  });

  it('starts an update from the read it is given, and reads again when that read was stale', async () => {
    const schema = z.object({ n: z.number() });
    await store.compareAndSet('counter', null, { n: 1 });
    const stale = { current: { n: 1 }, version: 1 };
    await store.compareAndSet('counter', 1, { n: 10 }); // another instance wrote after that read
    const seen: Array<number | undefined> = [];
    const { version } = await updateRecord(store, 'counter', schema, (cur) => (seen.push(cur?.n), { write: { n: (cur?.n ?? 0) + 1 }, result: null }), stale);
    expect(seen).toEqual([1, 10]); // the given read first, then the store's
    expect(await store.get('counter')).toEqual({ version: 3, value: { n: 11 } });
    expect(version).toBe(3);
  });

  it('keeps what was written after the store is closed and opened again', async () => {
    if (!reopen) return;
    await store.compareAndSet('kept', null, { ok: true });
    await store.close();
    store = await reopen();
    expect(await store.get('kept')).toEqual({ version: 1, value: { ok: true } });
  });
});

describe('RecordStore on a SQLite file opened twice (as two bot processes on one file)', () => {
  it('refuses the second writer of the same version, and each connection sees the other\'s write', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-store-')), 'shared.sqlite');
    const [a, b] = [await createSqliteStore(file), await createSqliteStore(file)];
    try {
      await a.compareAndSet('slot', null, { by: 'nobody' });
      const written = await Promise.all([a.compareAndSet('slot', 1, { by: 'a' }), b.compareAndSet('slot', 1, { by: 'b' })]);
      expect(written.filter((v) => v === 2)).toHaveLength(1);
      expect(written).toContain(null);
      const winner = written[0] === 2 ? 'a' : 'b';
      expect(await a.get('slot')).toEqual({ version: 2, value: { by: winner } });
      expect(await b.get('slot')).toEqual({ version: 2, value: { by: winner } });
      expect(await b.compareAndSet('fresh', null, 1)).toBe(1);
      expect(await a.compareAndSet('fresh', null, 2)).toBeNull();
      expect(await a.listKeys('')).toEqual(['fresh', 'slot']);
    } finally {
      await a.close();
      await b.close();
    }
  });

  const tempFile = (): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-store-')), 'locked.sqlite');

  it('waits for another connection\'s write lock without holding up the event loop, then writes', async () => {
    const file = tempFile();
    const store = await createSqliteStore(file);
    const other = new Database(file);
    try {
      await store.compareAndSet('slot', null, 'first');
      other.exec('BEGIN IMMEDIATE'); // another process's write lock, held until its timer commits
      // A statement that waited inside SQLite until the lock went (as with a 10 s busy timeout) would keep
      // this timer from running for all that time: the lock would never go, and the timer would be seconds late.
      const due = Date.now() + 150;
      let late: number | null = null;
      setTimeout(() => {
        late = Date.now() - due;
        other.exec('COMMIT');
      }, 150);
      expect(await store.compareAndSet('slot', 1, 'second')).toBe(2);
      expect(late).not.toBeNull();
      expect(late).toBeLessThan(2_000);
      expect(await store.get('slot')).toEqual({ version: 2, value: 'second' });
    } finally {
      other.close();
      await store.close();
    }
  });

  it('gives up on a lock held too long with a clear error, and has written nothing', async () => {
    const file = tempFile();
    const store = await createSqliteStore(file, { lockWaitMs: 200 });
    const other = new Database(file);
    try {
      await store.compareAndSet('slot', null, 'first');
      other.exec('BEGIN IMMEDIATE');
      await expect(store.compareAndSet('slot', 1, 'second')).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
      other.exec('ROLLBACK');
      expect(await store.get('slot')).toEqual({ version: 1, value: 'first' });
    } finally {
      other.close();
      await store.close();
    }
  });
});
