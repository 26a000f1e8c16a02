import { createMemoryStore } from '../../src/store/memory-store';
import type { RecordStore } from '../../src/store/record-store';
import { shareReads } from '../../src/store/shared-reads';

/** A store whose reads wait until released, counting the reads that reach it. */
function slowStore(): { store: RecordStore; reads: () => number; release: () => void } {
  const inner = createMemoryStore();
  let reads = 0;
  let waiting: Array<() => void> = [];
  /** Reads now, answers when released. */
  const gated = async <T>(read: () => Promise<T>): Promise<T> => {
    reads++;
    const released = new Promise<void>((r) => waiting.push(r));
    const value = await read();
    await released;
    return value;
  };
  const store: RecordStore = { ...inner, list: (prefix) => gated(() => inner.list(prefix)), get: (key) => gated(() => inner.get(key)) };
  const release = (): void => {
    for (const r of waiting) r();
    waiting = [];
  };
  return { store, reads: () => reads, release };
}

describe('shared reads', () => {
  it('serves overlapping reads of one key with one query, and the next read queries again', async () => {
    const slow = slowStore();
    const store = shareReads(slow.store);
    await store.compareAndSet('roster', null, { people: 3 });
    const reads = [store.get('roster'), store.get('roster'), store.get('roster'), store.get('meeting')];
    expect(slow.reads()).toBe(2);
    slow.release();
    const [a, b, c, none] = await Promise.all(reads);
    expect([a, b, c]).toEqual([{ version: 1, value: { people: 3 } }, { version: 1, value: { people: 3 } }, { version: 1, value: { people: 3 } }]);
    expect(none).toBeUndefined();
    const later = store.get('roster');
    expect(slow.reads()).toBe(3);
    slow.release();
    await later;
  });

  it('a read that starts after this process wrote sees the write, though an older read is still out', async () => {
    const slow = slowStore();
    const store = shareReads(slow.store);
    await store.compareAndSet('k', null, { n: 1 });
    const before = store.get('k');
    expect(await store.compareAndSet('k', 1, { n: 2 })).toBe(2);
    const after = store.get('k');
    expect(slow.reads()).toBe(2);
    slow.release();
    expect((await before)?.value).toEqual({ n: 1 });
    expect(await after).toEqual({ version: 2, value: { n: 2 } });
  });

  it('a refused write and a delete end the sharing too', async () => {
    const slow = slowStore();
    const store = shareReads(slow.store);
    await store.compareAndSet('k', null, { n: 1 });
    const first = store.get('k');
    expect(await store.compareAndSet('k', 7, { n: 9 })).toBeNull();
    const second = store.get('k');
    await store.delete('k');
    const third = store.get('k');
    expect(slow.reads()).toBe(3);
    slow.release();
    expect((await first)?.version).toBe(1);
    expect((await second)?.version).toBe(1);
    expect(await third).toBeUndefined();
  });

  it('a failed read is not kept: the next read tries again', async () => {
    let fail = true;
    const inner = createMemoryStore();
    const store = shareReads({ ...inner, get: async (key) => (fail ? Promise.reject(new Error('SQLITE_BUSY')) : inner.get(key)) });
    await expect(store.get('k')).rejects.toThrow('SQLITE_BUSY');
    fail = false;
    await expect(store.get('k')).resolves.toBeUndefined();
  });

  it('overlapping listings share one query until a write falls under their prefix', async () => {
    const slow = slowStore();
    const store = shareReads(slow.store);
    await store.compareAndSet('meeting:a', null, 'A');
    const first = [store.list('meeting:'), store.list('meeting:')];
    await store.compareAndSet('roster', null, 'R');
    const stillShared = store.list('meeting:');
    expect(slow.reads()).toBe(1);
    await store.compareAndSet('meeting:b', null, 'B');
    const afterWrite = store.list('meeting:');
    expect(slow.reads()).toBe(2);
    slow.release();
    const [a, b] = await Promise.all(first);
    expect(a).toBe(b);
    expect(await stillShared).toBe(a);
    expect(a!.map((r) => r.key)).toEqual(['meeting:a']);
    expect((await afterWrite).map((r) => r.key)).toEqual(['meeting:a', 'meeting:b']);
    expect(() => a!.push({ key: 'x', record: { version: 1, value: null } })).toThrow(TypeError);
    expect(() => a!.pop()).toThrow(TypeError);
  });

  it('key listings are shared the same way', async () => {
    const inner = createMemoryStore();
    let reads = 0;
    const store = shareReads({ ...inner, listKeys: (prefix) => (reads++, inner.listKeys(prefix)) });
    await store.compareAndSet('meeting:a', null, 'A');
    const [x, y] = await Promise.all([store.listKeys('meeting:'), store.listKeys('meeting:')]);
    expect(reads).toBe(1);
    expect(x).toBe(y);
    const pending = store.listKeys('meeting:');
    await store.compareAndSet('meeting:b', null, 'B');
    expect(await pending).toEqual(['meeting:a']);
    expect(await store.listKeys('meeting:')).toEqual(['meeting:a', 'meeting:b']);
    expect(reads).toBe(3);
  });
});
