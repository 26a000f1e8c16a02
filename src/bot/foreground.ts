/**
 * The turns being answered right now, and the background work that waits for them. A person waits for a
 * turn's answer; a card update to a chat can wait a moment. Background work runs one piece at a time, when
 * no turn is in flight, so a click that arrives meets at most one piece of it; when turns keep coming, a
 * piece goes after `maxWaitMs` all the same.
 */
export interface Foreground {
  /** Runs an incoming turn, counted as in flight until it has answered. */
  track<T>(turn: () => Promise<T>): Promise<T>;
  /** Runs a piece of background work in a gap between turns (or after `maxWaitMs`). */
  background<T>(work: () => Promise<T>): Promise<T>;
}

export function createForeground(maxWaitMs = 250): Foreground {
  let turns = 0;
  let running = 0;
  const waiting: Array<() => void> = [];
  /** Hands the gap to the next piece of background work: counted as running from here. */
  const next = (): void => {
    if (turns > 0 || running > 0) return;
    const go = waiting.shift();
    if (!go) return;
    running++;
    go();
  };
  return {
    async track(turn) {
      turns++;
      try {
        return await turn();
      } finally {
        turns--;
        next();
      }
    },
    async background(work) {
      if (turns > 0 || running > 0 || waiting.length > 0) {
        const handedOver = await new Promise<boolean>((resolve) => {
          const go = (): void => {
            clearTimeout(timer);
            resolve(true);
          };
          const timer = setTimeout(() => {
            waiting.splice(waiting.indexOf(go), 1);
            resolve(false);
          }, maxWaitMs);
          waiting.push(go);
        });
        if (!handedOver) running++;
      } else {
        running++;
      }
      try {
        return await work();
      } finally {
        running--;
        next();
      }
    },
  };
}
