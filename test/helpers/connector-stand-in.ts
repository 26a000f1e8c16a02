/**
 * A local stand-in for the Bot Connector service: a real HTTP server on 127.0.0.1 that answers the
 * calls botbuilder's ConnectorClient makes (send, reply, update, delete, create conversation) and
 * records them, with faults to inject (429 with Retry-After, 503) and Teams' per-conversation limits.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made. */
export interface Recorded {
  kind: 'send' | 'reply' | 'update' | 'delete' | 'create' | 'other';
  conversationId: string;
  activityId: string | null;
  activity: Record<string, unknown> | null;
  status: number;
  at: number;
}

/** The stand-in, its records and its fault switches. */
export interface ConnectorStandIn {
  serviceUrl: string;
  /** Every call, accepted or refused, in arrival order. */
  all: Recorded[];
  /** Accepted new messages and replies. */
  sends: Recorded[];
  /** Accepted updates. */
  updates: Recorded[];
  stats: Record<number, number>;
  faults: {
    failNext(n: number, status: number, retryAfterSeconds?: number): void;
    rateLimit(opts: { every: number; retryAfterSeconds?: number }): void;
    teamsLimits(): void;
    clear(): void;
  };
  serveFile(name: string, bytes: Buffer, contentType: string): string;
  waitFor(predicate: (c: ConnectorStandIn) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const LIMITS = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
];

/** Starts the stand-in on a free loopback port. */
export async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  let nextId = 1;
  let failures: Array<{ status: number; retryAfter: number }> = [];
  let every = 0;
  let everyRetryAfter = 1;
  let counted = 0;
  let enforceTeams = false;
  const windows = new Map<string, number[]>();
  const files = new Map<string, { bytes: Buffer; contentType: string }>();

  const record = (r: Omit<Recorded, 'at'>): Recorded => {
    const full = { ...r, at: Date.now() };
    stand.all.push(full);
    stand.stats[r.status] = (stand.stats[r.status] ?? 0) + 1;
    if (r.status < 300 && (r.kind === 'send' || r.kind === 'reply')) stand.sends.push(full);
    if (r.status < 300 && r.kind === 'update') stand.updates.push(full);
    return full;
  };

  /** The fault, if any, to answer this message call with: injected first, then rate limits. */
  const faultFor = (conversationId: string): { status: number; retryAfter: number } | null => {
    const injected = failures.shift();
    if (injected) return injected;
    if (every > 0 && ++counted % every === 0) return { status: 429, retryAfter: everyRetryAfter };
    if (enforceTeams) {
      const now = Date.now();
      const times = (windows.get(conversationId) ?? []).filter((t) => t > now - 30_000);
      for (const { count, windowMs } of LIMITS) {
        const inWindow = times.filter((t) => t > now - windowMs);
        if (inWindow.length >= count) return { status: 429, retryAfter: Math.max(1, Math.ceil(((inWindow[inWindow.length - count] as number) + windowMs - now) / 1000)) };
      }
      times.push(now);
      windows.set(conversationId, times);
    }
    return null;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : null;
      const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(json));
      };
      if (req.method === 'GET' && parts[0] === 'files') {
        const f = files.get(parts[1] ?? '');
        if (!f) return answer(404, { error: 'no such file' });
        res.writeHead(200, { 'content-type': f.contentType, 'content-length': f.bytes.length });
        return void res.end(f.bytes);
      }
      if (parts[0] !== 'v3' || parts[1] !== 'conversations') {
        record({ kind: 'other', conversationId: '', activityId: null, activity: body, status: 404 });
        return answer(404, { error: { code: 'NotFound', message: url.pathname } });
      }
      if (req.method === 'POST' && parts.length === 2) {
        const id = `a:created-${nextId++}`;
        record({ kind: 'create', conversationId: id, activityId: null, activity: body, status: 201 });
        return answer(201, { id });
      }
      const conversationId = parts[2] ?? '';
      const activityId = parts[4] ?? null;
      const kind: Recorded['kind'] = req.method === 'PUT' ? 'update' : req.method === 'DELETE' ? 'delete' : req.method === 'POST' ? (activityId ? 'reply' : 'send') : 'other';
      if (kind === 'other' || parts[3] !== 'activities') {
        record({ kind: 'other', conversationId, activityId, activity: body, status: 404 });
        return answer(404, { error: { code: 'NotFound', message: url.pathname } });
      }
      const fault = kind === 'delete' ? null : faultFor(conversationId);
      if (fault) {
        record({ kind, conversationId, activityId, activity: body, status: fault.status });
        return answer(fault.status, { error: { code: fault.status === 429 ? 'Throttled' : 'ServiceError', message: 'stand-in fault' } }, { 'retry-after': String(fault.retryAfter) });
      }
      const id = kind === 'update' ? (activityId as string) : `1:msg-${nextId++}`;
      record({ kind, conversationId, activityId: id, activity: body, status: 200 });
      return answer(200, { id });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const stand: ConnectorStandIn = {
    serviceUrl: `http://127.0.0.1:${port}/`,
    all: [],
    sends: [],
    updates: [],
    stats: {},
    faults: {
      failNext(n, status, retryAfterSeconds = 1) {
        failures.push(...Array.from({ length: n }, () => ({ status, retryAfter: retryAfterSeconds })));
      },
      rateLimit({ every: e, retryAfterSeconds = 1 }) {
        every = e;
        everyRetryAfter = retryAfterSeconds;
        counted = 0;
      },
      teamsLimits() {
        enforceTeams = true;
      },
      clear() {
        failures = [];
        every = 0;
        enforceTeams = false;
        windows.clear();
      },
    },
    serveFile(name, bytes, contentType) {
      files.set(name, { bytes, contentType });
      return `http://127.0.0.1:${port}/files/${encodeURIComponent(name)}`;
    },
    async waitFor(predicate, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(stand)) {
        if (Date.now() > until) {
          const tail = stand.all.slice(-5).map((r) => `${r.kind} ${r.status} ${r.conversationId} ${JSON.stringify(r.activity).slice(0, 200)}`);
          throw new Error(`waitFor timed out after ${timeoutMs} ms; last calls:\n${tail.join('\n')}`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return stand;
}
