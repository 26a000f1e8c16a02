'use strict';
// `npm run playground`: Nämndbot on its embedded defaults with a demo roster and the Nyköping seed
// meeting, and the Microsoft 365 Agents Playground (a local Teams-like client) pointed at it.
// Open the printed address, choose "Group Chat": the agenda's cards appear there.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const botPort = Number(process.env.PORT || 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT || 56150);
const apiKey = 'playground-demo-key-0123456789';
const dataDir = process.env.DATA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-playground-'));
const seed = path.resolve(root, '../shared/seeds/nykoping-socialnamnden-2022-12-08.txt');

const children = [];
const stop = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('exit', stop);

function waitFor(child, text, label) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start`)), 30_000);
    const onData = (d) => {
      if (String(d).includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code}`)));
  });
}

(async () => {
  const bot = spawn(process.execPath, [path.join(root, 'dist/index.js')], {
    env: {
      ...process.env,
      PORT: String(botPort),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      API_KEY: apiKey,
      ROSTER_FILE: path.join(__dirname, 'playground-roster.yaml'),
      // The seed meeting is on 8 December 2022: the demo's clock starts two weeks before it, so deadlines and buttons make sense.
      NAMNDBOT_CLOCK_START: process.env.NAMNDBOT_CLOCK_START || '2022-11-25T08:00:00Z',
      PUBLIC_URL: `http://127.0.0.1:${botPort}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(bot);
  bot.stdout.pipe(process.stdout);
  await waitFor(bot, 'Nämndbot is listening', 'Nämndbot');

  if (fs.existsSync(seed)) {
    const res = await fetch(`http://127.0.0.1:${botPort}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'text/plain' }, body: fs.readFileSync(seed) });
    console.log(`Kallelsen importerad (HTTP ${res.status}).`);
  }

  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const playground = spawn(process.execPath, [cli, '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort), '--dt'], {
    cwd: dataDir, // it writes devTools/ logs where it runs
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER || 'none' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(playground);
  await waitFor(playground, 'Listening on', 'Agents Playground');
  console.log(`\nÖppna http://localhost:${playgroundPort} och välj "Group Chat". Du är Alex Wilber: sekreterare, godkännare och ledamot.`);
  if (process.env.PLAYGROUND_READY_FILE) fs.writeFileSync(process.env.PLAYGROUND_READY_FILE, 'ready');
})().catch((e) => {
  console.error(e.message);
  stop();
  process.exit(1);
});
