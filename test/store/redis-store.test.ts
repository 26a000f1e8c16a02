import { execFileSync } from 'node:child_process';
import { z } from 'zod';
import type { RecordStore } from '../../src/store/record-store';
import { createRedisStore } from '../../src/store/redis-store';
import { updateRecord } from '../../src/store/update-record';
import { describeWithRedis, startRedis } from '../helpers/redis-server';

describeWithRedis('RecordStore on a real Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let a: RecordStore;
  let b: RecordStore;
  beforeAll(async () => {
    redis = await startRedis();
    a = await createRedisStore(redis.url);
    b = await createRedisStore(redis.url);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('creates a record only when it is absent and refuses a stale version', async () => {
    expect(await a.compareAndSet('r1', null, { n: 1 })).toBe(1);
    expect(await b.compareAndSet('r1', null, { n: 2 })).toBeNull();
    expect(await b.compareAndSet('r1', 1, { n: 3 })).toBe(2);
    expect(await a.compareAndSet('r1', 1, { n: 4 })).toBeNull();
    expect(await a.get('r1')).toEqual({ version: 2, value: { n: 3 } });
  });

  it('lists by prefix in key order, with glob characters taken literally', async () => {
    for (const k of ['m:2', 'm:1', 'm*x', 'n:1']) await a.compareAndSet(k, null, k);
    expect((await b.list('m:')).map((r) => r.key)).toEqual(['m:1', 'm:2']);
    expect((await b.list('m*')).map((r) => r.key)).toEqual(['m*x']);
    expect(await b.listKeys('m:')).toEqual(['m:1', 'm:2']);
    expect(await a.listKeys('m*')).toEqual(['m*x']);
  });

  it('drops a deleted record from the listing, and lists Swedish keys in order', async () => {
    for (const k of ['d:ä', 'd:a', 'd:ö', 'd:b']) await a.compareAndSet(k, null, k);
    await b.delete('d:b');
    expect((await a.list('d:')).map((r) => r.key)).toEqual(['d:a', 'd:ä', 'd:ö']);
    expect(await a.compareAndSet('d:b', null, 'again')).toBe(1);
    expect((await b.list('d:')).map((r) => r.key)).toEqual(['d:a', 'd:b', 'd:ä', 'd:ö']);
  });

  it('indexes records written before the key index existed when a store opens', async () => {
    const port = new URL(redis.url).port;
    const cli = (...args: string[]): string => execFileSync('redis-cli', ['-p', port, ...args], { encoding: 'utf8' });
    cli('SET', 'namndbot:old:1', JSON.stringify({ version: 1, value: 'kept' }));
    cli('DEL', 'namndbot-index');
    const reopened = await createRedisStore(redis.url);
    try {
      expect(await reopened.list('old:')).toEqual([{ key: 'old:1', record: { version: 1, value: 'kept' } }]);
      expect((await reopened.list('m:')).map((r) => r.key)).toEqual(['m:1', 'm:2']);
    } finally {
      await reopened.close();
    }
  });

  it('loses no increment when two connections race 100 updates', async () => {
    const schema = z.object({ n: z.number() });
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => updateRecord(i % 2 ? a : b, 'counter', schema, (cur) => ({ write: { n: (cur?.n ?? 0) + 1 }, result: null }), undefined, 1000)),
    );
    expect((await a.get('counter'))?.value).toEqual({ n: 100 });
  });
});
