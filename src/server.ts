import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { AgendaError } from './agenda/errors';
import { importAgenda } from './agenda/import';
import type { BotDeps } from './bot/deps';
import { titleOf } from './bot/card-views';
import { icsToken, justeringIcs } from './bot/ics';
import { createForeground, type Foreground } from './bot/foreground';
import { importMeeting } from './bot/import-meeting';

const MAX_BODY = '30mb';

/** The least an incoming activity must have for the bot to answer it; anything else is refused before it reaches a handler. */
const IncomingActivity = z.object({
  type: z.string().min(1).max(100),
  channelId: z.string().min(1).max(100),
  serviceUrl: z.string().url().max(2000),
  from: z.object({ id: z.string().min(1).max(500) }).passthrough(),
  conversation: z.object({ id: z.string().min(1).max(1000) }).passthrough(),
  recipient: z.object({ id: z.string().min(1).max(500) }).passthrough(),
}).passthrough();

/** Constant-time comparison of the API key, so its length and prefix cannot be probed by timing. */
function keyMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The HTTP surface: /api/messages for Teams, /api/meetings for the municipality's systems, /healthz. */
export function createHttpApp(adapter: TeamsAdapter, app: Application<TurnState>, deps: BotDeps, foreground: Foreground = createForeground()): express.Express {
  const web = express();
  web.disable('x-powered-by');

  web.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  web.post('/api/messages', express.json({ limit: '1mb' }), async (req, res) => {
    if (deps.config.auth && !req.get('authorization')) {
      res.status(401).json({ error: 'Autentisering krävs.' });
      return;
    }
    const shape = IncomingActivity.safeParse(req.body);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      res.status(400).json({ error: `Ogiltig Bot Framework-aktivitet: ${issue ? `${issue.path.join('.') || '(hela)'}: ${issue.message}` : 'JSON väntades'}` });
      return;
    }
    await foreground.track(() =>
      adapter.process(req, res, async (context) => {
        await app.run(context);
      }),
    );
  });

  const requireApiKey = (req: Request, res: Response, next: NextFunction): void => {
    const expected = deps.config.apiKey;
    const header = req.get('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!expected) {
      res.status(503).json({ error: 'API:t är avstängt: API_KEY är inte satt.' });
      return;
    }
    if (!given || !keyMatches(given, expected)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'Ogiltig eller saknad API-nyckel (Authorization: Bearer <API_KEY>).' });
      return;
    }
    next();
  };

  web.post('/api/meetings', requireApiKey, express.raw({ type: () => true, limit: MAX_BODY }), async (req, res, next) => {
    try {
      const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
      const agenda = await importAgenda({ bytes, contentType: req.get('content-type') ?? undefined });
      const outcome = await importMeeting(deps, agenda, null);
      res.status(outcome.created ? 201 : 200).json({
        meetingId: outcome.meetingId,
        title: outcome.title,
        created: outcome.created,
        added: outcome.added,
        changed: outcome.changed,
        removed: outcome.removed,
        postedTo: outcome.postedTo,
        items: outcome.items,
      });
    } catch (e) {
      if (e instanceof AgendaError) {
        res.status(400).json({ error: e.message, code: e.code, where: e.where });
        return;
      }
      next(e);
    }
  });

  web.get('/api/meetings/:id/audit', requireApiKey, async (req, res) => {
    const id = String(req.params.id);
    if (!(await deps.meetings.getMeeting(id))) {
      res.status(404).json({ error: `Inget sammanträde med id ${id}.` });
      return;
    }
    res.type('text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="granskningslogg-${id}.csv"`).send(await deps.audit.csv(id));
  });

  // The calendar link on the justering card: signed per meeting, so it needs no sign-in in a calendar app.
  web.get('/api/meetings/:id/justering.ics', async (req, res) => {
    const id = String(req.params.id);
    const token = typeof req.query.t === 'string' ? req.query.t : '';
    const plan = await deps.justering.get(id);
    const meeting = await deps.meetings.getMeeting(id);
    if (!plan || !meeting || !keyMatches(token, await icsToken(deps.store, id))) {
      res.status(404).json({ error: 'Finns inte.' });
      return;
    }
    res.type('text/calendar; charset=utf-8').set('Content-Disposition', 'attachment; filename="justering.ics"').send(justeringIcs(titleOf(meeting.record), plan));
  });

  web.use((_req, res) => {
    res.status(404).json({ error: 'Finns inte.' });
  });
  web.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number; statusCode?: number }).status ?? (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) deps.log.error('request failed', { err });
    res.status(status).json({ error: status === 413 ? 'Filen är för stor.' : status < 500 ? 'Felaktig begäran.' : 'Internt fel; inget sparades.' });
  });
  return web;
}

/** Starts listening; resolves with the server once the port is bound. */
export function listen(web: express.Express, port: number, host: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(web);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
