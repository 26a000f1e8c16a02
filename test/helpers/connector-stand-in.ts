/**
 * A local stand-in for the Bot Connector service (the `serviceUrl` Teams puts in every activity): a real
 * HTTP server on 127.0.0.1 that answers the calls botbuilder's ConnectorClient makes, records them, and
 * can answer with faults (429 + Retry-After, 5xx) or enforce Teams' per-conversation limits.
 *
 * What botbuilder 4.23.3 does against it (each point is proved in connector-stand-in.test.ts):
 * - `context.sendActivity` in a turn POSTs `v3/conversations/{id}/activities/{incoming id}` (kind 'reply').
 * - A proactive `sendActivity` inside `adapter.continueConversationAsync` is ALSO a reply: the
 *   continuation activity gets a random uuid as its id and the send is POSTed to `.../activities/{uuid}`.
 *   In `createConversationAsync`'s turn the send replies to the new conversation's id. Only an activity
 *   whose replyToId was removed goes to `.../activities` (kind 'send'). So `sends` holds both kinds.
 * - `updateActivity` PUTs `.../activities/{activityId}`. Path segments are URL-encoded (`:` `;` `@`);
 *   recorded conversation ids are decoded. Anonymous mode sends no Authorization header.
 *
 * What a failed connector call throws (what the app's retrying sender must rely on):
 * - botbuilder's ConnectorClient runs on @azure/core-rest-pipeline, whose default retry policy retries
 *   BEFORE the error reaches the bot, up to 3 retries (4 requests): a 429 or 503 with Retry-After (or
 *   retry-after-ms / x-ms-retry-after-ms) after that delay; any 408 or 5xx except 501/505 without it
 *   with exponential backoff (about 1 s, 2 s, 4 s, jittered). A 429 without Retry-After, a 412 and other
 *   4xx are not retried. So `failNext(1, 429)` (Retry-After: 1 by default) never reaches the app:
 *   botbuilder waits 1 s and succeeds; `failNext(4, 429)` makes the call throw after about 3 s. A sender
 *   that also retries multiplies the attempts (its n attempts = up to 4n requests).
 * - The error is a RestError (`instanceof Error`, `name === 'RestError'`) with `statusCode: 429` (a
 *   number) and `code` / `message` taken from the body's `error.code` / `error.message` (the stand-in
 *   answers {"error":{"code":"Throttled","message":"stand-in fault 429"}}, the Bot Connector's
 *   ErrorResponse shape); `details` is the parsed body. `request` and `response` are there but not
 *   enumerable (JSON.stringify drops them). `response.status === 429`; `response.headers` is an
 *   HttpHeaders object, so Retry-After is `err.response.headers.get('retry-after')` (a string of
 *   seconds, e.g. '1', matched case-insensitively) and `err.response.headers['retry-after']` is
 *   undefined. There is no retryAfterInMs on the error.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a recorded call was, by its route. */
export type RecordedKind = 'send' | 'reply' | 'update' | 'delete' | 'create' | 'members' | 'other';

/** One HTTP call the bot made to the stand-in, accepted or refused. */
export interface RecordedActivity {
  /** Arrival number, from 1. */
  seq: number;
  kind: RecordedKind;
  method: string;
  /** The request path as sent (still URL-encoded). */
  path: string;
  /** The decoded conversation id ('' for routes without one). */
  conversationId: string;
  /** send/reply: the id answered (null when refused); update/delete: the id in the path; create: the new conversation id. */
  activityId: string | null;
  /** reply: the activity id in the path the bot replied to. */
  replyToId: string | null;
  /** The JSON body the bot sent (the activity; for create, the ConversationParameters). */
  activity: Record<string, unknown> | null;
  /** The HTTP status answered. */
  status: number;
  /** The Retry-After answered, in seconds, if any. */
  retryAfterSeconds: number | null;
  /** The Authorization header the bot sent (null in anonymous mode). */
  authorization: string | null;
  /** The clock (Date.now() unless a clock was given) on arrival. */
  time: number;
  /** The same as `time` (the name earlier tests use). */
  at: number;
}

/** A conversation member as Teams returns it from `.../members` (TeamsChannelAccount). */
export interface ConversationMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  email?: string;
  givenName?: string;
  surname?: string;
  tenantId?: string;
  userRole?: string;
}

/** A conversation the bot created with POST /v3/conversations. */
export interface CreatedConversation {
  id: string;
  /** The id of the activity posted with it, when the request carried one. */
  activityId: string | null;
  /** The ConversationParameters the bot sent. */
  request: Record<string, unknown>;
}

/** Options for {@link startConnectorStandIn}. */
export interface ConnectorStandInOptions {
  /** Members answered by `.../members`: one list for every conversation, or lists by conversation id. */
  members?: ConversationMember[] | Record<string, ConversationMember[]>;
  /**
   * Refuse (404) an update or delete of an activity id this stand-in never issued in that conversation,
   * as Teams does. Default true; set false when a test updates ids it made up.
   */
  knownActivitiesOnly?: boolean;
  /** A path the serviceUrl carries, like Teams' 'emea/' (https://smba.trafficmanager.net/emea/). Default ''. */
  pathPrefix?: string;
  /** The clock for rate windows and record times (default Date.now), so tests can step through Teams' limits. */
  clock?: () => number;
}

/** Switches for injected faults. Faults apply to message calls only: send, reply and update. */
export interface ConnectorFaults {
  /** Answers 429 with Retry-After to every `every`-th message call from now on. */
  rateLimit(opts: { every: number; retryAfterSeconds?: number }): void;
  /**
   * Refuses message calls by their number from now on, the first rule that matches winning: e.g.
   * `[{ every: 3, status: 429, retryAfterSeconds: 1 }, { every: 7, status: 503 }]` (Retry-After only when given).
   */
  periodic(rules: Array<{ every: number; status: number; retryAfterSeconds?: number }>): void;
  /**
   * Holds every message call `ms` before answering it, as a slow service does; a call whose client went away
   * meanwhile (a killed bot) is dropped unprocessed, counted in `dropped`, never in `sends`.
   */
  slowAccept(ms: number): void;
  /** Answers the next `n` message calls with `status`; Retry-After is sent when given (default 1 s for 429, none otherwise; null for none). */
  failNext(n: number, status: number, opts?: { retryAfterSeconds?: number | null }): void;
  /** Enforces Teams' per-conversation limits (7 / 1 s, 8 / 2 s, 60 / 30 s, 1800 / hour over accepted sends, replies and updates) with 429 + Retry-After. */
  teamsLimits(): void;
  /** Removes every fault and forgets the rate windows. */
  clear(): void;
}

/** What a successful waitFor resolves with: the predicate's value, never a falsy one. */
export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/** The running stand-in. */
export interface ConnectorStandIn {
  /** Put this in activities' serviceUrl; it ends with '/'. */
  serviceUrl: string;
  /** Every call, accepted or refused, in arrival order. */
  all: RecordedActivity[];
  /** Accepted messages the bot posted: kind 'send' and 'reply' (a proactive send arrives as a reply). */
  sends: RecordedActivity[];
  /** Accepted replies only (POST .../activities/{id}); a subset of `sends`. */
  replies: RecordedActivity[];
  /** Accepted updates. */
  updates: RecordedActivity[];
  /** Accepted deletes. */
  deletes: RecordedActivity[];
  createdConversations: CreatedConversation[];
  /** File names downloaded through {@link ConnectorStandIn.serveFile} URLs, in order. */
  downloads: string[];
  /** How many answers of each HTTP status were given, e.g. `stats[429]`. */
  stats: Record<number, number>;
  /** Message calls being held by {@link ConnectorFaults.slowAccept} right now. */
  held: number;
  /** Held message calls dropped because their client went away before they were answered. */
  dropped: number;
  faults: ConnectorFaults;
  /** Polls the record every 20 ms until `predicate` returns something truthy and resolves with it; rejects with a dump of the record on timeout. */
  waitFor<T>(predicate: (standIn: ConnectorStandIn) => T, timeoutMs?: number): Promise<Truthy<T>>;
  /** Serves bytes at a download URL on this server, as a Teams file attachment's downloadUrl (no auth needed). */
  serveFile(name: string, bytes: Buffer | Uint8Array | string, contentType: string): string;
  /** Sets the members answered for one conversation. */
  setMembers(conversationId: string, members: ConversationMember[]): void;
  /** Empties the records and stats (faults, files and members stay). */
  reset(): void;
  /** Stops the server, dropping open connections. */
  close(): Promise<void>;
}

const TEAMS_LIMITS = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
  { count: 1_800, windowMs: 3_600_000 },
];

type Fault = { status: number; retryAfterSeconds: number | null };
type Route = { kind: RecordedKind; conversationId: string; pathActivityId: string | null; memberId?: string; paged?: boolean };

/** Splits a request path (below the prefix) into the route botbuilder's ConnectorClient meant. */
function routeOf(method: string, segments: string[]): Route {
  const other: Route = { kind: 'other', conversationId: '', pathActivityId: null };
  if (segments[0] !== 'v3' || segments[1] !== 'conversations') return other;
  if (segments.length === 2) return method === 'POST' ? { kind: 'create', conversationId: '', pathActivityId: null } : other;
  const conversationId = segments[2] ?? '';
  const [, , , section, id, tail] = segments;
  if (section === 'activities') {
    if (segments.length === 4 && method === 'POST') return { kind: 'send', conversationId, pathActivityId: null };
    if (segments.length === 5 && id !== 'history') {
      if (method === 'POST') return { kind: 'reply', conversationId, pathActivityId: id ?? null };
      if (method === 'PUT') return { kind: 'update', conversationId, pathActivityId: id ?? null };
      if (method === 'DELETE') return { kind: 'delete', conversationId, pathActivityId: id ?? null };
    }
    if (segments.length === 6 && tail === 'members' && method === 'GET') return { kind: 'members', conversationId, pathActivityId: id ?? null };
  }
  if (section === 'members' && method === 'GET' && segments.length <= 5) return { kind: 'members', conversationId, pathActivityId: null, ...(id ? { memberId: id } : {}) };
  if (section === 'pagedmembers' && method === 'GET' && segments.length === 4) return { kind: 'members', conversationId, pathActivityId: null, paged: true };
  return { ...other, conversationId };
}

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

const summary = (r: RecordedActivity): string => {
  const body = r.activity === null ? '' : JSON.stringify(r.activity);
  return `#${r.seq} ${r.kind} ${r.method} ${r.status} conv=${r.conversationId} id=${r.activityId ?? '-'} ${body.length > 200 ? `${body.slice(0, 200)}…` : body}`;
};

/** Starts the stand-in on a free loopback port. */
export async function startConnectorStandIn(opts: ConnectorStandInOptions = {}): Promise<ConnectorStandIn> {
  const knownOnly = opts.knownActivitiesOnly ?? true;
  const clock = opts.clock ?? Date.now;
  const prefix = (opts.pathPrefix ?? '').split('/').filter(Boolean);
  const membersByConversation = new Map<string, ConversationMember[]>();
  let membersForAll: ConversationMember[] = [];
  if (Array.isArray(opts.members)) membersForAll = opts.members;
  else for (const [id, list] of Object.entries(opts.members ?? {})) membersByConversation.set(id, list);

  let seq = 0;
  let nextActivity = 1;
  let injected: Fault[] = [];
  let every = 0;
  let everyRetryAfter = 1;
  let periodic: Array<{ every: number; status: number; retryAfterSeconds?: number }> = [];
  let acceptDelayMs = 0;
  let messageCalls = 0;
  let enforceTeamsLimits = false;
  const windows = new Map<string, number[]>();
  const issued = new Map<string, Set<string>>();
  const files = new Map<string, { bytes: Buffer; contentType: string }>();

  const issue = (conversationId: string): string => {
    const id = `1:msg-${nextActivity++}`;
    const set = issued.get(conversationId) ?? new Set<string>();
    set.add(id);
    issued.set(conversationId, set);
    return id;
  };

  /** The fault to answer a message call with: injected ones first, then every-n, then Teams' limits. */
  const faultFor = (conversationId: string, now: number): Fault | null => {
    const next = injected.shift();
    if (next) return next;
    messageCalls++;
    if (every > 0 && messageCalls % every === 0) return { status: 429, retryAfterSeconds: everyRetryAfter };
    const rule = periodic.find((r) => messageCalls % r.every === 0);
    if (rule) return { status: rule.status, retryAfterSeconds: rule.retryAfterSeconds ?? null };
    if (enforceTeamsLimits) {
      const times = (windows.get(conversationId) ?? []).filter((t) => t > now - 3_600_000);
      windows.set(conversationId, times);
      for (const { count, windowMs } of TEAMS_LIMITS) {
        const inWindow = times.filter((t) => t > now - windowMs);
        if (inWindow.length >= count) {
          // The call would fit again once the oldest of the last `count` leaves the window.
          const freeAt = (inWindow[inWindow.length - count] as number) + windowMs;
          return { status: 429, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)) };
        }
      }
    }
    return null;
  };

  const countAccepted = (conversationId: string, now: number): void => {
    const times = windows.get(conversationId) ?? [];
    times.push(now);
    windows.set(conversationId, times);
  };

  const membersOf = (conversationId: string): ConversationMember[] => membersByConversation.get(conversationId) ?? membersForAll;

  /** Answers one request and records it (file downloads are counted in `downloads`, not recorded as calls). */
  const handle = (req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse): void => {
    const now = clock();
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let segments = url.pathname.split('/').filter(Boolean).map(decode);

    if (method === 'GET' && segments[0] === 'files' && segments.length === 2) {
      const file = files.get(segments[1] ?? '');
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return void res.end('no such file');
      }
      downloads.push(segments[1] ?? '');
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.bytes.length });
      return void res.end(file.bytes);
    }

    const hasPrefix = prefix.every((p, i) => segments[i] === p);
    segments = hasPrefix ? segments.slice(prefix.length) : ['not-under-prefix', ...segments];
    const route = routeOf(method, segments);

    let body: Record<string, unknown> | null = null;
    let badJson = false;
    if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      } catch {
        badJson = true;
      }
    }

    const record = (status: number, activityId: string | null, retryAfterSeconds: number | null = null): RecordedActivity => {
      const r: RecordedActivity = {
        seq: ++seq,
        kind: route.kind,
        method,
        path: url.pathname,
        conversationId: route.conversationId,
        activityId,
        replyToId: route.kind === 'reply' ? route.pathActivityId : null,
        activity: body,
        status,
        retryAfterSeconds,
        authorization: req.headers.authorization ?? null,
        time: now,
        at: now,
      };
      stand.all.push(r);
      stand.stats[status] = (stand.stats[status] ?? 0) + 1;
      if (status < 300) {
        if (r.kind === 'send' || r.kind === 'reply') stand.sends.push(r);
        if (r.kind === 'reply') stand.replies.push(r);
        if (r.kind === 'update') stand.updates.push(r);
        if (r.kind === 'delete') stand.deletes.push(r);
      }
      return r;
    };
    const answer = (status: number, json: unknown, headers: Record<string, string> = {}): void => {
      const text = json === undefined ? '' : JSON.stringify(json);
      res.writeHead(status, { ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...headers });
      res.end(text);
    };
    const error = (status: number, code: string, message: string, activityId: string | null = null): void => {
      record(status, activityId);
      answer(status, { error: { code, message } });
    };

    if (route.kind === 'other') return error(404, 'NotFound', `the stand-in has no route for ${method} ${url.pathname}`);
    if (badJson) return error(400, 'BadArgument', 'body is not JSON');

    switch (route.kind) {
      case 'create': {
        const request = body ?? {};
        // Teams answers the same 1:1 conversation id for the same members in the same tenant.
        const memberIds = (Array.isArray(request.members) ? (request.members as Array<{ id?: string }>) : []).map((m) => m.id ?? '').sort();
        const tenant = ((request.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? (request.tenantId as string | undefined)) ?? '';
        const id = `a:${createHash('sha256').update(`${tenant}|${memberIds.join(',')}|${request.isGroup === true ? `g${seq}` : ''}`).digest('hex').slice(0, 24)}`;
        const activityId = request.activity ? issue(id) : null;
        const r = record(201, id);
        stand.createdConversations.push({ id, activityId, request });
        if (activityId) {
          // The activity posted with the conversation is a message the user sees: record it as a send.
          const sent: RecordedActivity = { ...r, seq: ++seq, kind: 'send', conversationId: id, activityId, activity: request.activity as Record<string, unknown> };
          stand.all.push(sent);
          stand.sends.push(sent);
        }
        return answer(201, activityId ? { id, activityId } : { id });
      }
      case 'members': {
        const members = membersOf(route.conversationId);
        if (route.memberId !== undefined) {
          const member = members.find((m) => m.id === route.memberId || m.aadObjectId === route.memberId);
          if (!member) return error(404, 'MemberNotFoundInConversation', 'The member is not in the conversation');
          record(200, null);
          return answer(200, member);
        }
        record(200, null);
        return answer(200, route.paged ? { members } : members);
      }
      case 'delete': {
        const id = route.pathActivityId ?? '';
        if (knownOnly && !issued.get(route.conversationId)?.has(id)) return error(404, 'NotFound', `no activity ${id} in ${route.conversationId}`, id);
        issued.get(route.conversationId)?.delete(id);
        record(200, id);
        return answer(200, undefined);
      }
      case 'send':
      case 'reply':
      case 'update': {
        if (route.kind === 'update' && knownOnly && !issued.get(route.conversationId)?.has(route.pathActivityId ?? '')) {
          return error(404, 'NotFound', `no activity ${route.pathActivityId ?? ''} in ${route.conversationId}`, route.pathActivityId);
        }
        const fault = faultFor(route.conversationId, now);
        if (fault) {
          record(fault.status, route.kind === 'update' ? route.pathActivityId : null, fault.retryAfterSeconds);
          const headers: Record<string, string> = fault.retryAfterSeconds === null ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
          const code = fault.status === 429 ? 'Throttled' : 'ServiceError';
          return answer(fault.status, { error: { code, message: `stand-in fault ${fault.status}` } }, headers);
        }
        countAccepted(route.conversationId, now);
        if (route.kind === 'update') {
          record(200, route.pathActivityId);
          return answer(200, { id: route.pathActivityId });
        }
        const id = issue(route.conversationId);
        record(201, id);
        return answer(201, { id });
      }
    }
  };

  const isMessageCall = (req: http.IncomingMessage): boolean => (req.method === 'POST' || req.method === 'PUT') && /\/v3\/conversations\/[^/]+\/activities(\/|$)/.test(req.url ?? '');

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answerNow = (): void => {
        try {
          handle(req, Buffer.concat(chunks), res);
        } catch (e) {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`stand-in failed: ${String(e)}`);
        }
      };
      if (acceptDelayMs <= 0 || !isMessageCall(req)) return answerNow();
      stand.held++;
      setTimeout(() => {
        stand.held--;
        if (req.socket.destroyed) stand.dropped++;
        else answerNow();
      }, acceptDelayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}/`;
  const downloads: string[] = [];

  const stand: ConnectorStandIn = {
    serviceUrl: `${origin}${prefix.map((p) => `${p}/`).join('')}`,
    all: [],
    sends: [],
    replies: [],
    updates: [],
    deletes: [],
    createdConversations: [],
    downloads,
    stats: {},
    held: 0,
    dropped: 0,
    faults: {
      rateLimit({ every: n, retryAfterSeconds = 1 }) {
        every = n;
        everyRetryAfter = retryAfterSeconds;
        messageCalls = 0;
      },
      periodic(rules) {
        periodic = rules;
        messageCalls = 0;
      },
      slowAccept(ms) {
        acceptDelayMs = ms;
      },
      failNext(n, status, o = {}) {
        const retryAfterSeconds = o.retryAfterSeconds === undefined ? (status === 429 ? 1 : null) : o.retryAfterSeconds;
        for (let i = 0; i < n; i++) injected.push({ status, retryAfterSeconds });
      },
      teamsLimits() {
        enforceTeamsLimits = true;
      },
      clear() {
        injected = [];
        every = 0;
        periodic = [];
        acceptDelayMs = 0;
        messageCalls = 0;
        enforceTeamsLimits = false;
        windows.clear();
      },
    },
    async waitFor<T>(predicate: (standIn: ConnectorStandIn) => T, timeoutMs = 10_000): Promise<Truthy<T>> {
      const until = Date.now() + timeoutMs;
      let lastError: unknown = null;
      for (;;) {
        try {
          const result = predicate(stand);
          if (result) return result as Truthy<T>;
          lastError = null;
        } catch (e) {
          lastError = e; // a predicate that throws (e.g. on a missing record) simply has not matched yet
        }
        if (Date.now() >= until) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const lines = stand.all.slice(-25).map(summary);
      throw new Error(
        [
          `waitFor timed out after ${timeoutMs} ms waiting for: ${String(predicate).slice(0, 300)}`,
          ...(lastError ? [`the predicate last threw: ${String(lastError)}`] : []),
          `${stand.all.length} calls recorded (${stand.sends.length} sends, ${stand.updates.length} updates); statuses ${JSON.stringify(stand.stats)}${stand.all.length > 25 ? '; the last 25:' : ':'}`,
          ...lines,
        ].join('\n'),
      );
    },
    serveFile(name, bytes, contentType) {
      files.set(name, { bytes: Buffer.from(bytes), contentType });
      return `${origin}files/${encodeURIComponent(name)}`;
    },
    setMembers(conversationId, members) {
      membersByConversation.set(conversationId, members);
    },
    reset() {
      seq = 0;
      for (const list of [stand.all, stand.sends, stand.replies, stand.updates, stand.deletes, stand.createdConversations, downloads]) list.length = 0;
      for (const key of Object.keys(stand.stats)) delete stand.stats[Number(key)];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
  return stand;
}
