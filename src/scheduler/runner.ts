import type { WorkingDayCalendar } from '../calendar';
import type { Logger } from '../log';
import type { Job, JobKind } from './job';
import type { JobRepository } from './job-repository';
import { decide, type DeliveryHours, type JobContext } from './policy';

/** Delivers one job (sends its messages); throws to have it tried again. */
export type Deliverer = (job: Job) => Promise<string>;

/** What the runner needs. */
export interface SchedulerDeps {
  jobs: JobRepository;
  deliverers: Record<JobKind, Deliverer>;
  context: (job: Job) => Promise<JobContext>;
  calendar: WorkingDayCalendar;
  hours: DeliveryHours;
  /** This instance's name in claims. */
  owner: string;
  now: () => Date;
  log: Logger;
  /** How long a claim holds before another instance may take the job over (a crashed deliverer). */
  leaseMs?: number;
}

/** The scheduler: `tick` delivers what is due once; `start` ticks on an interval. */
export function createScheduler(deps: SchedulerDeps) {
  const leaseMs = deps.leaseMs ?? 5 * 60_000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  async function handle(job: Job): Promise<void> {
    const now = deps.now();
    const decision = decide(job, now, await deps.context(job), deps.calendar, deps.hours);
    if (decision.action === 'wait') return;
    if (decision.action === 'defer') return deps.jobs.defer(job.id, decision.until);
    if (decision.action === 'drop') {
      await deps.jobs.finish(job.id, null, 'dropped', decision.reason);
      deps.log.info('reminder dropped', { job: job.id, reason: decision.reason });
      return;
    }
    if (!(await deps.jobs.claim(job.id, deps.owner, now, new Date(now.getTime() + leaseMs)))) return;
    try {
      const outcome = await deps.deliverers[job.kind](job);
      await deps.jobs.finish(job.id, deps.owner, 'done', outcome);
      deps.log.info('reminder delivered', { job: job.id, outcome });
    } catch (err) {
      deps.log.error('reminder failed; it will be tried again', { job: job.id, err });
      await deps.jobs.release(job.id, deps.owner, new Date(deps.now().getTime() + 60_000));
    }
  }

  const tick = async (): Promise<void> => {
    const now = deps.now().getTime();
    const due = (await deps.jobs.list()).filter((j) => (j.status === 'pending' || j.status === 'claimed') && Date.parse(j.dueAt) <= now);
    for (const job of due) await handle(job);
  };

  return {
    /** Delivers every job due now (each at most once across all instances). */
    tick: (): Promise<void> => (running ??= tick().finally(() => (running = null))),
    start(intervalMs: number): void {
      if (timer) return;
      void this.tick();
      timer = setInterval(() => void this.tick().catch((err) => deps.log.error('scheduler tick failed', { err })), intervalMs);
      timer.unref();
    },
    /** Stops ticking and waits for a tick under way. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

/** The scheduler's interface. */
export type Scheduler = ReturnType<typeof createScheduler>;
