import { setTimeout as sleep } from 'node:timers/promises';
import { ActivityTypes, TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Logger } from '../log';
import type { Foreground } from './foreground';
import { kept } from './kept';
import { ConversationPacer } from './rate-limiter';

/** Statuses Teams answers when it wants the same call again later. */
const RETRYABLE = new Set([429, 412, 502, 503, 504]);

/** Where an update goes and what it shows, made when it leaves its chat's queue; null when there is nothing to update any more. */
export type UpdateContent = () => Promise<{ reference: Partial<ConversationReference>; activity: Partial<Activity> } | null>;

/** Proactive sends and updates, paced under Teams' limits per conversation and retried as Teams asks. */
export interface Sender {
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string>;
  /**
   * Updates a posted activity. An update still waiting in its conversation's queue is replaced by a later
   * one of the same activity (Teams shows only the last), so a card changed five times while its chat is
   * paced goes out once, made (its chat's reference read and its card rendered) when it leaves. Updates
   * also wait for gaps between incoming turns; sends go as soon as Teams' limits allow.
   */
  update(conversationId: string, activityId: string, content: UpdateContent): Promise<void>;
  /** Resolves when every queued send and update has finished (graceful shutdown). */
  drain(): Promise<void>;
}

/** The HTTP status and Retry-After (ms) of a failed connector call, as botbuilder's RestError carries them. */
export function retryInfo(e: unknown): { status: number | null; retryAfterMs: number | null } {
  const err = e as { statusCode?: number; response?: { status?: number; headers?: { get?: (n: string) => string | undefined } & Record<string, unknown> } };
  const status = err?.statusCode ?? err?.response?.status ?? null;
  const headers = err?.response?.headers;
  const raw = headers?.get?.('retry-after') ?? (headers?.['retry-after'] as string | undefined);
  let retryAfterMs: number | null = null;
  if (raw !== undefined && raw !== null) {
    const secs = Number(raw);
    retryAfterMs = Number.isFinite(secs) ? secs * 1000 : Math.max(0, Date.parse(String(raw)) - Date.now());
  }
  return { status, retryAfterMs };
}

/** Creates the sender over the adapter; `appId` is '' when the bot runs unauthenticated. */
export function createSender(
  adapter: CloudAdapter,
  appId: string,
  log: Logger,
  opts: { maxAttempts?: number; baseBackoffMs?: number; foreground?: Foreground } = {},
): Sender {
  const maxAttempts = opts.maxAttempts ?? 8;
  const baseBackoffMs = opts.baseBackoffMs ?? 500;
  // A send waits for room under Teams' limits. A card update then waits for a gap between the turns being
  // answered; a new message does not, since the turn that sends it may be waiting for it.
  const paced = async (pacer: ConversationPacer): Promise<void> => {
    const wait = pacer.delayFor(Date.now());
    if (wait > 0) await sleep(wait);
  };
  const inGap = <T>(work: () => Promise<T>): Promise<T> => (opts.foreground ? opts.foreground.background(work) : work());
  const queues = new Map<string, Promise<unknown>>();
  const pacers = new Map<string, ConversationPacer>();
  const waitingUpdates = new Map<string, { content: UpdateContent; done: Promise<void> }>();

  const enqueue = <T>(conversationId: string, job: () => Promise<T>): Promise<T> => {
    const prev = queues.get(conversationId) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(job);
    queues.set(conversationId, next);
    void next.finally(() => {
      if (queues.get(conversationId) === next) queues.delete(conversationId);
    }).catch(() => undefined);
    return next;
  };

  const pacerOf = (conversationId: string): ConversationPacer => {
    const pacer = pacers.get(conversationId) ?? new ConversationPacer();
    pacers.set(conversationId, pacer);
    return pacer;
  };

  // Replies in a turn count against the same limits as proactive messages: they are noted, so the queued
  // cards wait for room instead of meeting a 429.
  adapter.use(async (context, next) => {
    context.onSendActivities(async (ctx, activities, send) => {
      const answer = await send();
      const conversationId = ctx.activity.conversation?.id;
      if (conversationId) for (const a of activities) if (a.type === 'message') pacerOf(conversationId).record(Date.now());
      return answer;
    });
    await next();
  });

  const attempt = async <T>(conversationId: string, what: string, call: () => Promise<T>): Promise<T> => {
    const pacer = pacerOf(conversationId);
    for (let n = 1; ; n++) {
      await paced(pacer);
      // Counted when Teams has answered: it counts the call somewhere between our start and its answer,
      // so the answer's time keeps the next call's window clear even when this one was slow on the way.
      const answered = (): void => pacer.record(Date.now());
      try {
        const result = await call();
        answered();
        return result;
      } catch (e) {
        answered();
        const { status, retryAfterMs } = retryInfo(e);
        if (status === null || !RETRYABLE.has(status) || n >= maxAttempts) throw e;
        const backoff = retryAfterMs ?? baseBackoffMs * 2 ** (n - 1);
        log.warn('connector asked to retry', { conversationId, what, status, attempt: n, waitMs: backoff });
        await sleep(backoff);
      }
    }
  };

  // One Bot Connector client per serviceUrl, taken from the first proactive turn there and kept: building
  // a turn for every send built botbuilder's HTTP pipeline (and a token client) again each time, about
  // 0.3 ms of CPU per card update, and an approval updates up to seven.
  const clients = new Map<string, Promise<ConnectorClient>>();
  const clientFor = (reference: Partial<ConversationReference>): Promise<ConnectorClient> =>
    kept(clients, reference.serviceUrl ?? '', () =>
      new Promise<ConnectorClient>((resolve, reject) => {
        adapter
          .continueConversationAsync(appId, reference, async (ctx) => {
            const connector = ctx.turnState.get<ConnectorClient | undefined>(ctx.adapter.ConnectorClientKey);
            if (connector) resolve(connector);
            else reject(new Error('no Bot Connector client in the proactive turn'));
          })
          .catch(reject);
      }),
    );
  /** The activity as a turn would send it to this conversation: the bot, the user and the conversation filled in. */
  const addressed = (reference: Partial<ConversationReference>, activity: Partial<Activity>): Activity =>
    TurnContext.applyConversationReference({ type: ActivityTypes.Message, ...activity }, reference) as Activity;

  return {
    send(reference, activity) {
      const id = reference.conversation?.id ?? '';
      return enqueue(id, () =>
        attempt(id, 'send', () =>
          clientFor(reference).then(async (client) => (await client.conversations.sendToConversation(id, addressed(reference, activity))).id ?? ''),
        ),
      );
    },
    update(id, activityId, content) {
      const key = `${id}\n${activityId}`;
      const waiting = waitingUpdates.get(key);
      if (waiting) {
        waiting.content = content;
        return waiting.done;
      }
      const entry = { content, done: Promise.resolve() };
      waitingUpdates.set(key, entry);
      entry.done = enqueue(id, async () => {
        // Still replaceable while it waits its turn: it is made (chat read, card rendered) only when it can go.
        await paced(pacerOf(id));
        const made = await inGap(() => {
          waitingUpdates.delete(key);
          return entry.content();
        });
        if (!made) return;
        await attempt(id, 'update', () =>
          inGap(async () => {
            const client = await clientFor(made.reference);
            await client.conversations.updateActivity(id, activityId, addressed(made.reference, { ...made.activity, id: activityId, type: 'message' }));
          }),
        );
      });
      return entry.done;
    },
    async drain() {
      while (queues.size) await Promise.allSettled([...queues.values()]);
    },
  };
}
