import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import os from 'node:os';
import { createWorkingDayCalendar } from './calendar';
import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './log';
import { readRosterFile } from './roster-file';
import { createAdapter, createApp } from './bot/app';
import { createForeground } from './bot/foreground';
import { reuseTurnClients } from './bot/turn-clients';
import { createBackground } from './bot/background';
import type { BotDeps } from './bot/deps';
import { createPublisher } from './bot/publisher';
import { createSender } from './bot/sender';
import { createDeliverers, jobContext } from './bot/reminders';
import { createJobRepository } from './scheduler/job-repository';
import { createJusteringRepository } from './store/justering-repository';
import { createFollowUpRepository } from './store/follow-up-repository';
import { createScheduler } from './scheduler/runner';
import { createHttpApp, listen } from './server';
import { createAuditLog } from './store/audit-log';
import { createConversationRepository } from './store/conversation-repository';
import { createMeetingRepository } from './store/meeting-repository';
import { openStore } from './store/open-store';
import { createRequestRepository } from './store/request-repository';
import { createRosterRepository } from './store/roster-repository';

/** A running bot: its HTTP server and a graceful stop. */
export interface RunningBot {
  server: http.Server;
  port: number;
  deps: BotDeps;
  stop(): Promise<void>;
}

/** The bot's clock: the real one, or for demos and tests one that starts at a given instant and runs on. */
function clockFrom(start: string | null): () => Date {
  if (!start) return () => new Date();
  const offset = Date.parse(start) - Date.now();
  return () => new Date(Date.now() + offset);
}

/** The composition root: config → store → app → server → scheduler. */
export async function startBot(config: Config, log: Logger = createLogger(config.logLevel)): Promise<RunningBot> {
  const store = await openStore(config.storeUrl);
  const rosterFile = config.rosterFile ? readRosterFile(config.rosterFile) : null;
  const roster = createRosterRepository(store, rosterFile?.committee ?? 'Nämnden');
  if (rosterFile) await roster.seed(rosterFile);
  const calendar = createWorkingDayCalendar({ extraNonWorkingDays: config.extraNonWorkingDays });
  const adapter = createAdapter(config, log);
  reuseTurnClients(adapter);
  const foreground = createForeground();
  const sender = createSender(adapter, config.auth?.appId ?? '', log, { foreground });
  const now = clockFrom(config.clockStart);
  const hours = { hour: config.reminders.hour, lastHour: config.reminders.lastHour };
  const conversations = createConversationRepository(store);
  const indexed = await conversations.indexPersonalChats();
  if (indexed) log.info('indexed 1:1 chats stored before the person index', { count: indexed });
  const base = {
    config,
    log,
    store,
    meetings: createMeetingRepository(store),
    conversations,
    roster,
    requests: createRequestRepository(store),
    jobs: createJobRepository(store),
    justering: createJusteringRepository(store),
    followUps: createFollowUpRepository(store),
    hours,
    audit: createAuditLog(store),
    sender,
    background: createBackground(log),
    // The scheduler is built from deps below; this only runs once the bot handles requests.
    wakeJobs: () => scheduler.wake(),
    calendar,
    now,
    viewContext: async () => ({ roster: await roster.get(), calendar, delegationRequestDays: config.delegationRequestDays }),
  };
  const deps: BotDeps = { ...base, publisher: createPublisher(base) };
  const app = createApp(deps, adapter);
  const scheduler = createScheduler({
    jobs: deps.jobs,
    deliverers: createDeliverers(deps, hours),
    context: (job) => jobContext(deps, job),
    calendar,
    hours,
    owner: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    now,
    log,
    leaseMs: config.reminders.leaseMs,
  });
  const server = await listen(createHttpApp(adapter, app, deps, foreground), config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  scheduler.start(config.reminders.intervalMs);
  log.info('Nämndbot is listening', { port, store: config.storeUrl.replace(/\/\/[^@]*@/, '//***@'), auth: config.auth ? 'jwt' : 'none' });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      log.info('stopping: finishing requests and queued sends');
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scheduler.stop();
      await deps.background.drain();
      await sender.drain();
      await store.close();
      log.info('stopped');
    })());
  return { server, port, deps, stop };
}

if (require.main === module) {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(78);
  }
  const log = createLogger(config.logLevel);
  startBot(config, log).then(
    (bot) => {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          bot.stop().then(
            () => process.exit(0),
            (err) => {
              log.error('stop failed', { err });
              process.exit(1);
            },
          );
        });
      }
    },
    (err) => {
      log.error('start failed', { err });
      process.exit(1);
    },
  );
}
