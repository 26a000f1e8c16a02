'use strict';
// Card action latency over HTTP: "Godkänn slutversion" handled by the real bot (dist/index.js, SQLite
// store), beside a bare botbuilder CloudAdapter bot that only acknowledges the same invoke (the floor).
// Both run as child processes on loopback; a minimal Bot Connector stand-in accepts the card updates.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const ITEMS = 300;

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** A connector that accepts every send and update at once. */
function connector() {
  let n = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(req.method === 'PUT' ? 200 : 201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `1:${++n}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function start(args, env, readyText) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(readyText);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}`)));
  });
}

const FLOOR_BOT = `
const http = require('node:http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const express = require('express');
const app = express();
app.post('/api/messages', express.json(), (req, res) => adapter.process(req, res, async (ctx) => {
  await ctx.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'ok' } } });
}));
const server = app.listen(0, '127.0.0.1', () => console.log('floor listening ' + server.address().port));
`;

function invoke(serviceUrl, data, aad) {
  return {
    type: 'invoke', name: 'adaptiveCard/action', id: `f:${Math.random()}`, channelId: 'msteams', serviceUrl,
    from: { id: `29:${aad}`, aadObjectId: aad, name: 'Caroline Svensson' }, recipient: { id: '28:namndbot', name: 'Nämndbot' },
    conversation: { id: '19:bench@thread.v2', conversationType: 'groupChat', tenantId: 't', isGroup: true }, channelData: { tenant: { id: 't' } },
    value: { action: { type: 'Action.Execute', verb: 'approval.approve', data }, trigger: 'manual' },
  };
}

async function post(url, body) {
  const t0 = process.hrtime.bigint();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await res.text();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, status: res.status };
}

async function main() {
  const conn = await connector();
  const serviceUrl = `http://127.0.0.1:${conn.address().port}/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-bench-'));
  fs.writeFileSync(path.join(dir, 'roster.yaml'), 'committee: Socialnämnden\npeople:\n  - { name: Caroline Svensson, aadObjectId: aad-c, roles: [godkannare] }\n');
  const floorFile = path.join(dir, 'floor.js');
  fs.writeFileSync(floorFile, FLOOR_BOT.replace("require('botbuilder')", `require(${JSON.stringify(require.resolve('botbuilder', { paths: [root] }))})`).replace("require('express')", `require(${JSON.stringify(require.resolve('express', { paths: [root] }))})`));
  const floor = await start([floorFile], {}, /floor listening (\d+)/);
  const bot = await start([path.join(root, 'dist/index.js')], { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, API_KEY: 'bench-api-key-0123456789', ROSTER_FILE: path.join(dir, 'roster.yaml'), LOG_LEVEL: 'info' }, /"Nämndbot is listening","port":(\d+)/);
  try {
    const date = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
    const agenda = { meeting: { committee: 'Socialnämnden', date }, items: Array.from({ length: ITEMS }, (_, i) => ({ section: 'Beslutsärenden', number: String(i + 1), title: `Ärende ${i + 1}`, handlingar: ['Tjänsteskrivelse'] })) };
    const imp = await fetch(`http://127.0.0.1:${bot.port}/api/meetings`, { method: 'POST', headers: { authorization: 'Bearer bench-api-key-0123456789', 'content-type': 'application/json' }, body: JSON.stringify(agenda) });
    const { meetingId } = await imp.json();
    const botUrl = `http://127.0.0.1:${bot.port}/api/messages`;
    const floorUrl = `http://127.0.0.1:${floor.port}/api/messages`;
    // Warm both up, then alternate so both see the same machine load.
    for (let i = 0; i < 20; i++) await post(floorUrl, invoke(serviceUrl, {}, 'aad-c'));
    const botTimes = [];
    const floorTimes = [];
    let refused = 0;
    for (let i = 1; i <= ITEMS; i++) {
      const r = await post(botUrl, invoke(serviceUrl, { meetingId, arendeKey: `Beslutsärenden§${i}`, version: 1 }, 'aad-c'));
      if (r.status !== 200) refused++;
      botTimes.push(r.ms);
      floorTimes.push((await post(floorUrl, invoke(serviceUrl, {}, 'aad-c'))).ms);
    }
    const row = (name, xs) => `${name}: p50 ${percentile(xs, 50).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms`;
    console.log(`\nCard action latency over HTTP (${ITEMS} "Godkänn slutversion" on different ärenden, SQLite store)`);
    console.log(`  ${row('Nämndbot', botTimes)}`);
    console.log(`  ${row('bare CloudAdapter (floor)', floorTimes)}`);
    console.log(`  ratio p50 ${(percentile(botTimes, 50) / percentile(floorTimes, 50)).toFixed(2)}×, p99 ${(percentile(botTimes, 99) / percentile(floorTimes, 99)).toFixed(2)}× (target p99 ≤ 1.5×)${refused ? `; ${refused} not 200` : ''}`);
    return { bot: botTimes, floor: floorTimes };
  } finally {
    bot.child.kill('SIGTERM');
    floor.child.kill('SIGTERM');
    conn.close();
  }
}

module.exports = { main, percentile };
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
