'use strict';
// Nämndbot's benchmark: figures and ratios against baselines measured in the same run.
// Run with `npm run bench` (builds dist/ first).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseKallelseText } = require('../dist/agenda/parse-kallelse.js');
const { createWorkingDayCalendar, computeDeadlines } = require('../dist/calendar/index.js');

const seeds = path.resolve(__dirname, '../../shared/seeds');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds of `fn` over `runs` runs after `warmup` unmeasured ones. */
function time(fn, runs = 200, warmup = 20) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

const rows = [];
console.log(`Nämndbot benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}\n`);
console.log('Kallelse parsing (median of 200 runs; baseline: read the file and split it into lines)');
for (const file of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const full = path.join(seeds, file);
  const baseline = time(() => fs.readFileSync(full, 'utf8').split('\n'));
  const parse = time(() => parseKallelseText(fs.readFileSync(full, 'utf8')));
  const items = parseKallelseText(fs.readFileSync(full, 'utf8')).items.length;
  rows.push({ file, baseline, parse });
  console.log(`  ${file}: ${items} ärenden, parse ${parse.toFixed(2)} ms, baseline ${baseline.toFixed(2)} ms, ratio ${(parse / baseline).toFixed(1)}×, target < 20 ms: ${parse < 20 ? 'met' : 'MISSED'}`);
}

console.log('\nDeadline computations (every meeting date 2022–2035, with justering and anslag)');
const cal = createWorkingDayCalendar();
const dates = [];
for (let t = Date.UTC(2022, 0, 1); t <= Date.UTC(2035, 11, 31); t += 86400000) dates.push(new Date(t).toISOString().slice(0, 10));
const addDays = (d, n) => new Date(Date.parse(d) + n * 86400000).toISOString().slice(0, 10);
const inputs = dates.map((d) => ({ meeting: d, justering: addDays(d, 2), anslag: addDays(d, 3) }));
const baselineRun = () => {
  let n = 0;
  for (const i of inputs) n += addDays(i.meeting, 14).length;
  return n;
};
const deadlineRun = () => {
  let n = 0;
  for (const i of inputs) n += computeDeadlines(cal, i).appealEnds.length;
  return n;
};
const tb = time(baselineRun, 20, 3);
const td = time(deadlineRun, 20, 3);
const perSecond = Math.round((inputs.length / td) * 1000);
console.log(`  ${inputs.length} meetings: ${td.toFixed(1)} ms → ${perSecond.toLocaleString('sv-SE')} deadline sets per second; baseline (date arithmetic only) ${tb.toFixed(1)} ms, ratio ${(td / tb).toFixed(1)}×`);

// Nämndbot over HTTP beside the bare botbuilder floor (bench/bot.js); then everything to bench/results.md.
const lines = [];
const out = (line) => {
  lines.push(line);
  console.log(line);
};
console.log('');
require('./bot')
  .main(out, process.argv.slice(2))
  .then(() => {
    const header = `# Nämndbot benchmark\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, by \`npm run bench\` (every figure beside its baseline from the same run).\n\n`;
    const parsing = rows.map((r) => `- ${r.file}: parse ${r.parse.toFixed(2)} ms (median), baseline read+split ${r.baseline.toFixed(2)} ms`).join('\n');
    fs.writeFileSync(path.join(__dirname, 'results.md'), `${header}## Kallelse parsing\n\n${parsing}\n\n## Deadlines\n\n- ${perSecond.toLocaleString('sv-SE')} deadline sets per second\n\n## The bot over HTTP\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`);
  })
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
