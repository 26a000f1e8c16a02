import { createForeground } from '../../src/bot/foreground';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('the foreground', () => {
  it('runs background work at once when no turn is in flight', async () => {
    const fg = createForeground(10_000);
    const order: string[] = [];
    const work = fg.background(async () => (order.push('work'), 'klart'));
    order.push('after the call');
    expect(await work).toBe('klart');
    expect(order).toEqual(['work', 'after the call']);
  });

  it('holds background work until the turns in flight have answered', async () => {
    const fg = createForeground(10_000);
    const order: string[] = [];
    const turn = fg.track(async () => {
      await sleep(30);
      order.push('turn answered');
    });
    const background = fg.background(async () => order.push('card update'));
    await Promise.all([turn, background]);
    expect(order).toEqual(['turn answered', 'card update']);
  });

  it('runs background work one piece at a time, in the order it came', async () => {
    const fg = createForeground(10_000);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const turn = fg.track(() => sleep(10));
    await Promise.all([
      turn,
      ...[1, 2, 3, 4].map((n) =>
        fg.background(async () => {
          most = Math.max(most, ++running);
          await sleep(5);
          running--;
          done.push(n);
        }),
      ),
    ]);
    expect(most).toBe(1);
    expect(done).toEqual([1, 2, 3, 4]);
  });

  it('runs background work after maxWaitMs when turns keep coming', async () => {
    const fg = createForeground(40);
    // Turns that overlap: the next starts before the last has answered, so one is always in flight.
    let stop = false;
    const turns: Promise<void>[] = [];
    const next = (): void => {
      if (!stop) turns.push(fg.track(() => sleep(10)));
    };
    const timer = setInterval(next, 5);
    next();
    let went = false;
    const background = fg.background(async () => (went = true));
    await sleep(20);
    expect(went).toBe(false);
    await sleep(50);
    expect(went).toBe(true);
    stop = true;
    clearInterval(timer);
    await Promise.all([...turns, background]);
  });

  it('counts a turn or a piece of work that failed as finished', async () => {
    const fg = createForeground(10_000);
    await expect(fg.track(() => Promise.reject(new Error('trasig')))).rejects.toThrow('trasig');
    await expect(fg.background(() => Promise.reject(new Error('också trasig')))).rejects.toThrow('också trasig');
    const order: string[] = [];
    const work = fg.background(async () => void order.push('work'));
    order.push('after the call');
    await work;
    expect(order).toEqual(['work', 'after the call']);
  });
});
