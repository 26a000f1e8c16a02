import type { Logger } from '../log';

/** Work done after a turn has answered (card updates, notices); tracked so shutdown can wait for it. */
export interface Background {
  run(name: string, work: () => Promise<unknown>): void;
  drain(): Promise<void>;
}

/** Creates a tracker; failures are logged, never thrown into a turn that has already answered. */
export function createBackground(log: Logger): Background {
  const running = new Set<Promise<unknown>>();
  return {
    run(name, work) {
      const p = work()
        .catch((err) => log.error('background work failed', { task: name, err }))
        .finally(() => running.delete(p));
      running.add(p);
    },
    async drain() {
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}
