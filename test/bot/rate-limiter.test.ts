import { ConversationPacer } from '../../src/bot/rate-limiter';

/** Sends as fast as the pacer allows from t = 0 and returns the send times. */
function schedule(count: number): number[] {
  const pacer = new ConversationPacer(undefined, 0);
  const times: number[] = [];
  let now = 0;
  for (let i = 0; i < count; i++) {
    now += pacer.delayFor(now);
    pacer.record(now);
    times.push(now);
  }
  return times;
}

const maxIn = (times: number[], windowMs: number): number => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));

describe('pacing sends to one conversation under Teams\' limits', () => {
  const times = schedule(120);

  it('never sends more than 7 in a second, 8 in two seconds or 60 in thirty seconds', () => {
    expect(maxIn(times, 1_000)).toBeLessThanOrEqual(7);
    expect(maxIn(times, 2_000)).toBeLessThanOrEqual(8);
    expect(maxIn(times, 30_000)).toBeLessThanOrEqual(60);
  });

  it('sends the first 7 at once and does not wait longer than the limits require', () => {
    expect(times.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(times[7]).toBe(1_000);
    // 8 per 2 s up to the 60th, then the 30 s window holds the 61st back.
    expect(times[59]).toBeLessThan(15_000);
    expect(times[60]).toBe(30_000);
  });
});
