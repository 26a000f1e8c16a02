/**
 * The turns being answered right now. A person waits for those; card updates and other sends to chats can
 * wait a moment: they go out when no turn is in flight, or after `maxWaitMs` when turns keep coming.
 */
export interface Foreground {
  /** Runs an incoming turn, counted as in flight until it has answered. */
  track<T>(turn: () => Promise<T>): Promise<T>;
  /** Resolves when no turn is in flight, or after `maxWaitMs` at the latest. */
  idle(): Promise<void>;
}

export function createForeground(maxWaitMs = 250): Foreground {
  let inFlight = 0;
  let waiting: Array<() => void> = [];
  const release = (): void => {
    const ready = waiting;
    waiting = [];
    for (const go of ready) go();
  };
  return {
    async track(turn) {
      inFlight++;
      try {
        return await turn();
      } finally {
        if (--inFlight === 0) release();
      }
    },
    idle() {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(go, maxWaitMs);
        function go(): void {
          clearTimeout(timer);
          waiting = waiting.filter((w) => w !== go);
          resolve();
        }
        waiting.push(go);
      });
    },
  };
}
