'use strict';
// What the HTTP benchmarks share: a Bot Connector stand-in, the bot and the floor bot as child
// processes on loopback, Teams activities, percentiles and resident memory. The stand-in runs in a
// process of its own, as Teams does: in the process that times the clicks it answered the bot's card
// updates on the same event loop, and the bot's clicks (only the bot's) waited for it.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const API_KEY = 'bench-api-key-0123456789';

/** Teams' limits per bot per conversation, as the stand-in enforces them (the bot's pacer has its own copy). */
const TEAMS_LIMITS = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
];

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/**
 * How far the ratio of two samples' p-th percentiles could move by chance: the 2.5th and 97.5th percentile
 * of that ratio over `rounds` bootstrap resamples of both (a seeded generator, so a run can be repeated).
 * A p99 of a few hundred clicks rests on its three or four slowest, so this says how much to trust it.
 */
function ratioInterval(xs, ys, p, rounds = 2000) {
  let seed = 0x9e3779b9;
  const random = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
  const resample = (v) => Array.from(v, () => v[Math.floor(random() * v.length)]);
  const ratios = Array.from({ length: rounds }, () => percentile(resample(xs), p) / percentile(resample(ys), p)).sort((a, b) => a - b);
  return [ratios[Math.floor(rounds * 0.025)], ratios[Math.floor(rounds * 0.975)]];
}

/** Resident set size of a process in MB, from /proc. */
function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

/**
 * A Bot Connector that accepts sends, replies and updates at once. With `teamsLimits` it answers 429
 * (Retry-After: 1) to a message that would exceed one of Teams' windows in its conversation.
 * Runs in this process: `node bench/harness.js connector [teams-limits]` is the stand-in's own process.
 */
function connectorHere({ teamsLimits = false } = {}) {
  let n = 0;
  const arrivals = new Map();
  const stats = { sends: 0, updates: 0, throttled: 0 };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const conversation = decodeURIComponent((/\/v3\/conversations\/([^/]+)/.exec(req.url) ?? [])[1] ?? '');
      const now = performance.now();
      const seen = arrivals.get(conversation) ?? [];
      if (teamsLimits && TEAMS_LIMITS.some(({ count, windowMs }) => seen.filter((t) => t > now - windowMs).length >= count)) {
        stats.throttled++;
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { code: 'TooManyRequests' } }));
      }
      seen.push(now);
      arrivals.set(conversation, seen);
      if (req.method === 'PUT') stats.updates++;
      else stats.sends++;
      res.writeHead(req.method === 'PUT' ? 200 : 201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `1:${++n}` }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ serviceUrl: `http://127.0.0.1:${server.address().port}/`, arrivals, stats, close: () => server.close() })),
  );
}

/**
 * The stand-in in a process of its own. `stats()` asks it for its counts and, per conversation, the times
 * (its own clock, in ms) at which messages were accepted.
 */
async function connector({ teamsLimits = false } = {}) {
  const { child, port } = await startProcess([__filename, 'connector', ...(teamsLimits ? ['teams-limits'] : [])], {}, /connector stats (\d+)/);
  const stats = async () => JSON.parse((await request('GET', `http://127.0.0.1:${port}/`)).text);
  const { serviceUrl } = await stats();
  return {
    serviceUrl,
    stats,
    close: () => child.kill(),
  };
}

/** Starts a Node process and resolves with its port once its output matches `ready`. */
function startProcess(args, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    const onData = (d) => {
      buf += d;
      const m = buf.match(ready);
      if (!m) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({ child, port: Number(m[1]), url: `http://127.0.0.1:${m[1]}` });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}`)));
  });
}

/** The bare botbuilder bot: acknowledges an invoke and answers a message with one reply, nothing else. */
const FLOOR_BOT = `
const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = require(BOTBUILDER);
const express = require(EXPRESS);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const app = express();
app.post('/api/messages', express.json(), (req, res) => adapter.process(req, res, async (ctx) => {
  if (ctx.activity.type === 'invoke') {
    await ctx.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'ok' } } });
  } else if (ctx.activity.type === 'message') {
    await ctx.sendActivity('ok');
  }
}));
const server = app.listen(0, '127.0.0.1', () => console.log('floor listening ' + server.address().port));
`;

/** Starts the floor bot from a file in `dir`. */
function startFloor(dir) {
  const file = path.join(dir, 'floor.js');
  const resolve = (name) => JSON.stringify(require.resolve(name, { paths: [root] }));
  fs.writeFileSync(file, FLOOR_BOT.replace('BOTBUILDER', resolve('botbuilder')).replace('EXPRESS', resolve('express')));
  return startProcess([file], {}, /floor listening (\d+)/);
}

/** Starts Nämndbot (dist/index.js) on a SQLite file in `dir`, with the roster given. */
function startBot(dir, roster, env = {}) {
  const rosterFile = path.join(dir, 'roster.json');
  fs.writeFileSync(rosterFile, JSON.stringify(roster));
  // BENCH_BOT_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the bot under the benchmark's load.
  const nodeArgs = (process.env.BENCH_BOT_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return startProcess(
    [...nodeArgs, path.join(root, 'dist/index.js')],
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, API_KEY, ROSTER_FILE: rosterFile, LOG_LEVEL: 'info', ...env },
    /"Nämndbot is listening","port":(\d+)/,
  );
}

/** Stops a child process and waits for it to exit. */
function stop(proc) {
  return new Promise((resolve) => {
    if (proc.child.exitCode !== null) return resolve();
    proc.child.once('exit', () => resolve());
    proc.child.kill('SIGTERM');
  });
}

const group = { id: '19:bench@thread.v2', conversationType: 'groupChat', tenantId: 't', isGroup: true };
const personalOf = (p) => ({ id: `a:${p.aadObjectId}`, conversationType: 'personal', tenantId: 't' });
const fromOf = (p) => ({ id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId, name: p.name });
let seq = 0;
const base = (serviceUrl, conversation, person) => ({
  id: `b:${++seq}`, channelId: 'msteams', serviceUrl, timestamp: new Date().toISOString(),
  from: fromOf(person), recipient: { id: '28:namndbot', name: 'Nämndbot' }, conversation, channelData: { tenant: { id: 't' } },
});

/** Teams' activities as the bot receives them. */
const activity = {
  installed: (serviceUrl, conversation, person) => ({ ...base(serviceUrl, conversation, person), type: 'conversationUpdate', membersAdded: [{ id: '28:namndbot' }] }),
  message: (serviceUrl, conversation, person, text) => ({ ...base(serviceUrl, conversation, person), type: 'message', text }),
  cardAction: (serviceUrl, conversation, person, verb, data) => ({
    ...base(serviceUrl, conversation, person), type: 'invoke', name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  }),
};

/**
 * One HTTP request on a kept-alive connection through node:http, the same client for the bot and the floor
 * (fetch took about 2 ms of CPU a request in this process, on a machine the bots share).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function request(method, url, body, headers = {}) {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: body === undefined ? headers : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** POSTs JSON and returns the milliseconds until the whole answer arrived, its status and its text. */
function post(url, body, headers = {}) {
  return request('POST', url, JSON.stringify(body), headers);
}

/** Imports an agenda through the bot's API. */
async function importAgenda(bot, agenda) {
  const r = await post(`${bot.url}/api/meetings`, agenda, { authorization: `Bearer ${API_KEY}` });
  if (r.status !== 201 && r.status !== 200) throw new Error(`import answered ${r.status}: ${r.text}`);
  return JSON.parse(r.text);
}

/** An agenda of `items` beslutsärenden on `date`. */
function agendaOn(date, items) {
  return {
    meeting: { committee: 'Socialnämnden', date, time: '13:00', place: 'Stadshuset' },
    items: Array.from({ length: items }, (_, i) => ({ section: 'Beslutsärenden', number: String(i + 1), dnr: `SN${date.slice(2, 4)}/${i + 1}`, title: `Ärende ${i + 1} om verksamheten`, handlingar: ['Tjänsteskrivelse'] })),
  };
}

/** The ISO date `days` from today. */
const dayFromToday = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

if (require.main === module && process.argv[2] === 'connector') {
  connectorHere({ teamsLimits: process.argv[3] === 'teams-limits' }).then(({ serviceUrl, arrivals, stats }) => {
    const server = http.createServer((_req, res) => res.end(JSON.stringify({ serviceUrl, ...stats, arrivals: Object.fromEntries(arrivals) })));
    server.listen(0, '127.0.0.1', () => console.log(`connector stats ${server.address().port}`));
  });
}

module.exports = { API_KEY, TEAMS_LIMITS, percentile, ratioInterval, rssMb, connector, startBot, startFloor, stop, group, personalOf, fromOf, activity, post, importAgenda, agendaOn, dayFromToday };
