import { TestAdapter, type Activity, type ConversationReference } from 'botbuilder';
import { createWorkingDayCalendar } from '../../src/calendar';
import type { Config } from '../../src/config';
import { createLogger } from '../../src/log';
import { createApp } from '../../src/bot/app';
import { createBackground } from '../../src/bot/background';
import type { BotDeps } from '../../src/bot/deps';
import { createPublisher } from '../../src/bot/publisher';
import type { Sender, UpdateContent } from '../../src/bot/sender';
import type { Person, Roster } from '../../src/domain';
import { createAuditLog } from '../../src/store/audit-log';
import { createConversationRepository } from '../../src/store/conversation-repository';
import { createMeetingRepository } from '../../src/store/meeting-repository';
import { createMemoryStore } from '../../src/store/memory-store';
import { shareReads } from '../../src/store/shared-reads';
import { createRequestRepository } from '../../src/store/request-repository';
import { createRosterRepository } from '../../src/store/roster-repository';
import { createJobRepository } from '../../src/scheduler/job-repository';
import { createJusteringRepository } from '../../src/store/justering-repository';
import { createDeliverers, jobContext } from '../../src/bot/reminders';
import { createScheduler } from '../../src/scheduler/runner';
import { createFollowUpRepository } from '../../src/store/follow-up-repository';

/** What the bot sent proactively (card posts and updates), as the Teams client would receive it. */
export interface Outbound {
  kind: 'send' | 'update';
  conversationId: string;
  activityId: string;
  activity: Partial<Activity>;
}

/** The people of the Nyköping socialnämnd used across the bot tests. */
export const people = {
  allan: { name: 'Allan Abdi', aadObjectId: 'aad-allan', roles: ['sekreterare'] },
  caroline: { name: 'Caroline Svensson', aadObjectId: 'aad-caroline', roles: ['tjansteperson', 'godkannare'] },
  martin: { name: 'Martin Karlsson', aadObjectId: 'aad-martin', roles: ['tjansteperson'] },
  lena: { name: 'Lena Staaf', aadObjectId: 'aad-lena', roles: ['ledamot'] },
  marjo: { name: 'Marjo Gustafsson', aadObjectId: 'aad-marjo', roles: ['ordforande', 'ledamot'] },
} satisfies Record<string, Person>;

export const roster: Roster = { committee: 'Socialnämnden', municipality: 'Nyköpings kommun', people: Object.values(people) };

/** Builds the real Application on a TestAdapter with a memory store, a recording sender and a fixed clock. */
export async function createTestBot(opts: { now: string; config?: Partial<Config> }) {
  const store = shareReads(createMemoryStore());
  const rosterRepo = createRosterRepository(store, roster.committee);
  await rosterRepo.seed(roster);
  const outbound: Outbound[] = [];
  let nextId = 1;
  const sender: Sender = {
    async send(reference: Partial<ConversationReference>, activity: Partial<Activity>) {
      const activityId = `out-${nextId++}`;
      outbound.push({ kind: 'send', conversationId: reference.conversation?.id ?? '', activityId, activity });
      return activityId;
    },
    async update(conversationId: string, activityId: string, content: UpdateContent) {
      const made = await content();
      if (made) outbound.push({ kind: 'update', conversationId, activityId, activity: made.activity });
    },
    async drain() {},
  };
  const calendar = createWorkingDayCalendar();
  const config: Config = {
    port: 0, host: '127.0.0.1', dataDir: '/nonexistent', storeUrl: 'memory://', auth: null, apiKey: null, rosterFile: null,
    approvalSlots: 1, delegationRequestDays: 2, extraNonWorkingDays: [], logLevel: 'silent',
    reminders: { hour: '09:00', lastHour: '17:00', intervalMs: 60_000, leaseMs: 60_000 }, clockStart: null, publicUrl: 'http://localhost:3978', ...opts.config,
  };
  const log = createLogger(process.env.TEST_BOT_LOG === '1' ? 'debug' : 'silent');
  let clock = new Date(opts.now);
  const base = {
    config, log, store, sender, calendar,
    meetings: createMeetingRepository(store),
    conversations: createConversationRepository(store),
    roster: rosterRepo,
    requests: createRequestRepository(store),
    jobs: createJobRepository(store),
    justering: createJusteringRepository(store),
    followUps: createFollowUpRepository(store),
    hours: { hour: '09:00', lastHour: '17:00' },
    audit: createAuditLog(store),
    background: createBackground(log),
    wakeJobs: () => scheduler.wake(),
    now: () => clock,
    viewContext: async () => ({ roster: await rosterRepo.get(), calendar, delegationRequestDays: config.delegationRequestDays }),
  };
  const deps: BotDeps = { ...base, publisher: createPublisher(base) };
  // Jobs run when woken (a publication after an import); reminders only when a test ticks its own scheduler.
  const scheduler = createScheduler({ jobs: deps.jobs, deliverers: createDeliverers(deps, deps.hours), context: (job) => jobContext(deps, job), calendar, hours: deps.hours, owner: 'test-bot', now: deps.now, log });
  const app = createApp(deps);
  const adapter = new TestAdapter(async (context) => {
    await app.run(context);
  });
  /** Runs one incoming activity through the bot; returns what it replied in the turn and its invoke answer. */
  const turn = async (incoming: object) => {
    const activity = incoming as Partial<Activity>;
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity);
    const all = adapter.activeQueue.splice(0);
    // The first invoke response is the bot's answer (TestAdapter does not stop teams-ai from adding its own after it).
    const invoke = all.find((a) => a.type === 'invokeResponse')?.value as { status: number; body: { type: string; value: unknown } } | undefined;
    return { replies: all.filter((a) => a.type !== 'invokeResponse'), invoke };
  };
  return {
    deps,
    adapter,
    turn,
    outbound,
    setNow: (iso: string) => {
      clock = new Date(iso);
    },
    /** Waits for work done after a turn answered (card refreshes, notices, a publication). */
    settle: async () => {
      await deps.background.drain();
      await scheduler.idle();
    },
  };
}

/** The real scheduler over a test bot's jobs, ticked by hand on the bot's clock. */
export function createTestScheduler(bot: { deps: BotDeps }) {
  return createScheduler({
    jobs: bot.deps.jobs,
    deliverers: createDeliverers(bot.deps, bot.deps.hours),
    context: (job) => jobContext(bot.deps, job),
    calendar: bot.deps.calendar,
    hours: bot.deps.hours,
    owner: 'test',
    now: bot.deps.now,
    log: createLogger('silent'),
  });
}
