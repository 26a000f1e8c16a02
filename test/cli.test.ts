import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../src/cli';

const seeds = path.resolve(__dirname, '../../shared/seeds');
const fixtures = path.resolve(__dirname, '../../shared/fixtures');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('namndbot agenda parse', () => {
  it('prints the Gnesta agenda as JSON with the fixture\'s numbers, dnr and justerare', async () => {
    const { code, out } = await run('agenda', 'parse', path.join(seeds, 'gnesta-socialnamnden-2023-10-03.txt'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    const fixture = JSON.parse(fs.readFileSync(path.join(fixtures, 'gnesta-socialnamnden-2023-10-03.agenda.json'), 'utf8'));
    expect(json.meeting).toMatchObject({ committee: 'Socialnämnden', municipality: 'Gnesta kommun', date: '2023-10-03', time: '14:00', public: null, justering: { date: '2023-10-05', time: '16:00' } });
    expect(json.meeting.justerare).toEqual([{ name: 'Lena Staaf', party: 'V', role: 'ordinarie' }, { name: 'Anne-Lise Ljung', party: 'SD', role: 'ersättare' }]);
    expect(json.items.map((i: { number: string; dnr: string }) => [i.number, i.dnr])).toEqual(fixture.arenden.map((a: { number: string; diarienummer: string }) => [a.number, a.diarienummer]));
    expect(json.items[4].handlingar[2]).toEqual({ ref: '5.3', title: 'Metodhandbok.pdf' });
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run('agenda', 'parse', path.join(seeds, 'nykoping-socialnamnden-2022-12-08.txt'));
    expect(code).toBe(0);
    expect(out).toContain('Socialnämnden, Nyköpings kommun');
    expect(out).toContain('SN22/31');
    expect(out).toContain('Särskilt förordnad vårdnadshavare [sekretess]');
  });

  it.each([
    ['a missing file', ['agenda', 'parse', '/nonexistent/kallelse.pdf'], 1, /finns inte/],
    ['no file', ['agenda', 'parse'], 2, /Ange en fil/],
    ['an unknown command', ['rösta'], 2, /Okänt kommando/],
  ])('answers %s with one clear line and a non-zero exit', async (_what, argv, code, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a file that is not a kallelse', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-cli-')), 'recept.txt');
    fs.writeFileSync(file, 'Kanelbullar\n1 Värm mjölken\n2 Grädda');
    const r = await run('agenda', 'parse', file, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Fel: Texten ser inte ut som en kallelse/);
    expect(r.out).toBe('');
  });
});

describe('namndbot deadlines', () => {
  it('prints one JSON line per meeting', async () => {
    const { code, out } = await run('deadlines', '2022-12-08', '2023-10-03', '2023-06-08', '--json');
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).delegationRequestDeadline)).toEqual(['2022-12-06', '2023-09-29', '2023-06-05']);
  });

  it('gives the anslag and appeal dates when justering and anslag are known', async () => {
    const { out } = await run('deadlines', '2023-10-03', '--justering', '2023-10-05', '--anslag', '2023-10-06', '--json');
    expect(JSON.parse(out)).toEqual({ meeting: '2023-10-03', delegationRequestDeadline: '2023-09-29', justeringLatest: '2023-10-17', justeringSuggested: '2023-10-17', anslagLatest: '2023-10-07', appealEnds: '2023-10-27' });
  });

  it('refuses a date that does not exist', async () => {
    const r = await run('deadlines', '2023-02-30');
    expect(r.code).toBe(1);
    expect(r.err).toContain('finns inte');
  });
});

describe('the namndbot command as installed', () => {
  it('runs from package.json "bin" on the built code', async () => {
    const bin = path.resolve(__dirname, '../bin/namndbot.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'deadlines', '2022-12-08', '--json']);
    expect(JSON.parse(stdout).delegationRequestDeadline).toBe('2022-12-06');
  });
});
