'use strict';
// `npm run demo:scale`: Nämndbot scaled out on this machine. Two bot instances (dist/index.js) share one
// Redis (REDIS_URL, or a redis-server started on a free port in a temp dir) behind a round-robin proxy; a
// small Bot Connector stand-in prints what reaches Teams. A generated meeting is imported, then 100 people
// press "Godkänn" on the same card at once through the proxy. Expect one approval, 99 refusals with their
// reasons, and every posted copy of the card showing the approval. `--keep` leaves it all running.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { startRoundRobinProxy } = require('./round-robin-proxy');

const root = path.resolve(__dirname, '..');
const keep = process.argv.includes('--keep');
const apiKey = 'demo-scale-key-0123456789';
const tenantId = 'demo-tenant';
const committee = { id: '19:demo-socialnamnden@thread.v2', conversationType: 'groupChat', tenantId, isGroup: true };
const sekreterare = { id: '29:sek', aadObjectId: 'aad-sek', name: 'Sara Sekreterare' };
const ledamot = { id: '29:led', aadObjectId: 'aad-led', name: 'Leo Ledamot' };
const godkannare = [1, 2, 3].map((n) => ({ id: `29:g${n}`, aadObjectId: `aad-g${n}`, name: `Godkännare ${n}` }));
const children = [];
const closers = [];

const log = (line) => process.stdout.write(`${line}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a child and resolves with the first stdout line `match` accepts (its value), rejecting if it exits first. */
function startChild(label, cmd, args, opts, match) {
  const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const output = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start:\n${output.join('')}`)), 30_000);
    child.stdout.on('data', (d) => {
      output.push(String(d));
      for (const line of String(d).split('\n')) {
        const found = match(line);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      }
    });
    child.stderr.on('data', (d) => output.push(String(d)));
    child.once('error', (e) => reject(new Error(`${label}: ${e.message}`)));
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code}:\n${output.join('')}`)));
  });
}

/** A Bot Connector stand-in: accepts sends and updates, remembers them, and prints one line per arrival. */
function startConnector() {
  const record = [];
  let next = 1;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const parts = new URL(req.url, 'http://x').pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const conversationId = parts[2] || '';
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
      if (parts[3] !== 'activities' || !['POST', 'PUT'].includes(req.method)) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('[]');
      }
      const kind = req.method === 'PUT' ? 'update' : 'send';
      const activityId = kind === 'update' ? parts[4] : `1:demo-${next++}`;
      record.push({ kind, conversationId, activityId, body });
      const text = JSON.stringify(body);
      const title = /"text":"(Ärende \d+: [^"]*)"/.exec(text)?.[1] ?? (text.includes('"text":"Dagordning"') ? 'översikt' : (body?.text ?? '').slice(0, 60).replace(/\n/g, ' '));
      log(`  [Teams] ${kind.padEnd(6)} ${conversationId.slice(0, 24).padEnd(24)} ${title}`);
      res.writeHead(kind === 'send' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: activityId }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      closers.push(() => new Promise((done) => (server.close(() => done()), server.closeAllConnections())));
      resolve({ serviceUrl: `http://127.0.0.1:${server.address().port}/`, record });
    }),
  );
}

/** A Teams activity as the Bot Framework delivers it to /api/messages. */
function activity(type, conversation, from, serviceUrl, extra) {
  return {
    type, id: `f:${randomUUID()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl, from,
    recipient: { id: '28:namndbot', name: 'Nämndbot' }, conversation, channelData: { tenant: { id: tenantId } }, locale: 'sv-SE', ...extra,
  };
}
const installed = (conversation, from, serviceUrl) => activity('conversationUpdate', conversation, from, serviceUrl, { membersAdded: [{ id: '28:namndbot' }] });
const click = (data, from, serviceUrl) =>
  activity('invoke', committee, from, serviceUrl, { name: 'adaptiveCard/action', replyToId: '1:demo-card', value: { action: { type: 'Action.Execute', verb: 'approval.approve', data }, trigger: 'manual' } });

async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text };
}

async function waitUntil(what, fn, ms = 30_000) {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(50)) {
    const value = fn();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The newest version (send or update) of ärende 1's card in each conversation it was posted to. */
function latestCopies(record) {
  const copies = new Map();
  const posted = record.filter((r) => r.kind === 'send' && /"text":"Ärende 1: /.test(JSON.stringify(r.body)));
  for (const p of posted) copies.set(p.activityId, p);
  for (const r of record) if (r.kind === 'update' && copies.has(r.activityId)) copies.set(r.activityId, r);
  return [...copies.values()];
}

async function main() {
  if (!fs.existsSync(path.join(root, 'dist/index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-demo-scale-'));
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const port = await freePort();
    await startChild('redis-server', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {}, (l) => l.includes('Ready to accept connections'));
    redisUrl = `redis://127.0.0.1:${port}`;
  }
  log(`Redis: ${redisUrl}`);
  fs.writeFileSync(
    path.join(dir, 'roster.yaml'),
    ['committee: Socialnämnden', 'people:', ...[[sekreterare, 'sekreterare'], [ledamot, 'ledamot'], ...godkannare.map((g) => [g, 'godkannare'])].map(([p, role]) => `  - { name: ${p.name}, aadObjectId: ${p.aadObjectId}, roles: [${role}] }`)].join('\n'),
  );
  const connector = await startConnector();
  const env = { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', STORE_URL: redisUrl, DATA_DIR: dir, API_KEY: apiKey, ROSTER_FILE: path.join(dir, 'roster.yaml'), LOG_LEVEL: 'info' };
  const listening = (l) => {
    try {
      const e = JSON.parse(l);
      return e.msg === 'Nämndbot is listening' && `http://127.0.0.1:${e.port}`;
    } catch {
      return null;
    }
  };
  const bots = [];
  for (const n of [1, 2]) bots.push(await startChild(`bot instance ${n}`, process.execPath, [path.join(root, 'dist/index.js')], { cwd: root, env }, listening));
  const proxy = await startRoundRobinProxy(bots);
  closers.push(() => proxy.close());
  log(`Instances: ${bots.join(', ')}; round-robin proxy: ${proxy.url}/api/messages`);

  log('\nThe app is added to the committee chat and the godkännare\'s 1:1 chats; a meeting with five ärenden is imported:');
  const messages = `${proxy.url}/api/messages`;
  await post(messages, installed(committee, sekreterare, connector.serviceUrl));
  for (const g of godkannare) await post(messages, installed({ id: `a:${g.aadObjectId}`, conversationType: 'personal', tenantId }, g, connector.serviceUrl));
  const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const titles = ['Budget 2027', 'Internkontrollplan', 'Yttrande över revisionsrapport', 'Taxa för hemtjänst', 'Sammanträdesplan'];
  const agenda = { meeting: { committee: 'Socialnämnden', municipality: 'Exempels kommun', date, time: '13:30', place: 'Sal B' }, items: titles.map((title, i) => ({ section: 'Beslutsärenden', number: String(i + 1), dnr: `SN26/${i + 1}`, title, handlingar: ['Tjänsteskrivelse'] })) };
  const imported = JSON.parse((await post(`${proxy.url}/api/meetings`, agenda, { authorization: `Bearer ${apiKey}` })).text);
  await waitUntil('the cards', () => connector.record.filter((r) => r.kind === 'send' && r.conversationId === committee.id).length >= 7);
  await sleep(500);

  const card = connector.record.find((r) => r.kind === 'send' && r.conversationId === committee.id && /"text":"Ärende 1: /.test(JSON.stringify(r.body)));
  let data;
  JSON.stringify(card.body, (_k, v) => (v && v.verb === 'approval.approve' ? (data = v.data) : v));
  const assigneeName = /Väntar på godkännande \(([^)]+)\)/.exec(JSON.stringify(card.body))?.[1];
  const assignee = godkannare.find((g) => g.name === assigneeName) ?? godkannare[0];
  log(`\n100 people press "Godkänn" on ärende 1 at once (its godkännare is ${assignee.name}), through the proxy:`);
  const before = [...proxy.counts];
  const started = Date.now();
  const answers = await Promise.all(
    Array.from({ length: 100 }, (_, i) => {
      const from = i % 4 === 0 ? assignee : i % 4 === 1 ? ledamot : godkannare.filter((g) => g !== assignee)[i % 2];
      return post(messages, click(data, from, connector.serviceUrl));
    }),
  );
  const ms = Date.now() - started;
  const spread = proxy.counts.map((c, i) => c - before[i]);
  const audit = await (await fetch(`${proxy.url}/api/meetings/${imported.meetingId}/audit`, { headers: { authorization: `Bearer ${apiKey}` } })).text();
  const clicks = audit.split('\r\n').filter((l) => l.includes('approval.approve,'));
  const approvals = clicks.filter((l) => l.includes(',ok,'));
  const reasons = {};
  for (const l of clicks.filter((x) => x.includes(',refused,'))) {
    const reason = l.split(',').pop();
    reasons[reason] = (reasons[reason] ?? 0) + 1;
  }
  log(`  ${answers.filter((a) => a.status === 200).length} of 100 answered with HTTP 200 in ${ms} ms, ${spread.join(' + ')} per instance`);
  log(`  ${approvals.length} approval recorded, ${clicks.length - approvals.length} refused: ${Object.entries(reasons).map(([r, n]) => `${n} × ${r}`).join(', ')}`);
  const copies = await waitUntil('every copy updated', () => {
    const latest = latestCopies(connector.record);
    return latest.every((c) => JSON.stringify(c.body).includes('godkändes')) && latest;
  }, 20_000).catch(() => latestCopies(connector.record));
  const final = copies.filter((c) => JSON.stringify(c.body).includes('godkändes')).length;
  log(`  ${final} of ${copies.length} posted copies of the card show the approval (${copies.map((c) => c.conversationId.slice(0, 18)).join(', ')})`);
  const ok = approvals.length === 1 && clicks.length === 100 && final === copies.length;
  log(ok ? '\nOK: one approval, every other click refused with its reason, every copy final.' : '\nNOT OK: see above.');
  if (keep) {
    log(`\nStill running (--keep): POST activities to ${messages}, the API at ${proxy.url}/api/meetings (Bearer ${apiKey}). Ctrl-C stops.`);
    return;
  }
  await shutdown();
  process.exitCode = ok ? 0 : 1;
}

async function shutdown() {
  for (const close of closers.splice(0)) await close();
  await Promise.all(children.splice(0).filter((c) => c.exitCode === null).map((c) => new Promise((done) => (c.once('exit', done), c.kill('SIGTERM')))));
}

process.once('SIGINT', () => shutdown().then(() => process.exit(0)));
process.once('SIGTERM', () => shutdown().then(() => process.exit(0)));
main().catch(async (e) => {
  process.stderr.write(`${e.stack || e}\n`);
  await shutdown();
  process.exit(1);
});
