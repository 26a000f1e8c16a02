import { createForeground } from '../../src/bot/foreground';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('the foreground', () => {
  it('lets background work go at once when no turn is in flight', async () => {
    const fg = createForeground(1_000);
    const t0 = performance.now();
    await fg.idle();
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('holds background work until the turns in flight have answered', async () => {
    const fg = createForeground(10_000);
    const order: string[] = [];
    const turn = fg.track(async () => {
      await sleep(30);
      order.push('turn answered');
    });
    const background = fg.idle().then(() => order.push('card update'));
    await Promise.all([turn, background]);
    expect(order).toEqual(['turn answered', 'card update']);
  });

  it('lets background work go after maxWaitMs when turns keep coming', async () => {
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
    void fg.idle().then(() => (went = true));
    await sleep(20);
    expect(went).toBe(false);
    await sleep(50);
    expect(went).toBe(true);
    stop = true;
    clearInterval(timer);
    await Promise.all(turns);
  });

  it('counts a turn that failed as answered', async () => {
    const fg = createForeground(10_000);
    await expect(fg.track(() => Promise.reject(new Error('trasig')))).rejects.toThrow('trasig');
    let went = false;
    await fg.idle().then(() => (went = true));
    expect(went).toBe(true);
  });
});
