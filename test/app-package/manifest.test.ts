import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32, inflateRawSync, inflateSync } from 'node:zlib';

const root = path.resolve(__dirname, '../..');
const appPackage = path.join(root, 'appPackage');
const packageScript = path.join(root, 'scripts/package-app.js');
const validateScript = path.join(root, 'scripts/validate-manifest.js');
const schemaRoot = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams');
const botId = '11111111-2222-3333-4444-555555555555';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-app-package-'));

type Json = Record<string, unknown>;
type Run = { code: number; stdout: string; stderr: string };

/** A child Node process; resolves with its exit code and output whatever the code. */
function node(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return promisify(execFile)(process.execPath, args, { env })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));
}

/**
 * Loaded into every validator process with --import: any network use throws. validateAgainstSchema
 * fetches the manifest's $schema when it is given no schema; ours must never get that far.
 */
const NO_NETWORK = `data:text/javascript,${encodeURIComponent(`
import net from 'node:net'; import tls from 'node:tls'; import dns from 'node:dns';
const deny = () => { throw new Error('NO_NETWORK: network access attempted'); };
globalThis.fetch = async () => deny();
net.Socket.prototype.connect = deny; net.connect = net.createConnection = deny; tls.connect = deny; dns.lookup = deny;
`)}`;

/** The errors of the official schema validator (@microsoft/app-manifest), offline. */
async function validate(manifest: unknown): Promise<string[]> {
  const file = path.join(fs.mkdtempSync(path.join(tmp, 'manifest-')), 'manifest.json');
  fs.writeFileSync(file, JSON.stringify(manifest));
  // A child process: the package require()s strip-bom, an ES module jest's CommonJS runtime cannot load.
  const run = await node(['--import', NO_NETWORK, validateScript, file], process.env);
  try {
    return JSON.parse(run.stdout) as string[];
  } catch {
    throw new Error(`validator failed (exit ${run.code}): ${run.stderr}`);
  }
}

/** The files in a ZIP, found through its central directory, inflated and checked against their CRC. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBe(buf.length - 22);
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const packed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + packed);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect({ name, size: data.length, crc: crc32(data) }).toEqual({ name, size, crc });
    out.set(name, data);
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/** A PNG's IHDR and its RGBA pixels (8-bit RGB or RGBA, not interlaced: what make-icons.js writes). */
function readPng(file: string): { width: number; height: number; colourType: number; pixel: (x: number, y: number) => number[] } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const idat: Buffer[] = [];
  let ihdr = Buffer.alloc(0);
  for (let p = 8; p < b.length; ) {
    const len = b.readUInt32BE(p);
    const type = b.toString('ascii', p + 4, p + 8);
    expect(crc32(b.subarray(p + 4, p + 8 + len))).toBe(b.readUInt32BE(p + 8 + len));
    if (type === 'IHDR') ihdr = b.subarray(p + 8, p + 8 + len);
    if (type === 'IDAT') idat.push(b.subarray(p + 8, p + 8 + len));
    p += 12 + len;
  }
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const colourType = ihdr[9] as number;
  expect({ depth: ihdr[8], interlace: ihdr[12] }).toEqual({ depth: 8, interlace: 0 });
  const bpp = colourType === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i] as number;
      const a = i >= bpp ? (px[y * stride + i - bpp] as number) : 0;
      const up = y > 0 ? (px[(y - 1) * stride + i] as number) : 0;
      const c = y > 0 && i >= bpp ? (px[(y - 1) * stride + i - bpp] as number) : 0;
      const paeth = (): number => {
        const pa = Math.abs(up - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + up - 2 * c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      };
      const pred = [0, a, up, (a + up) >> 1, paeth()][filter] as number;
      px[y * stride + i] = (x + pred) & 0xff;
    }
  }
  const pixel = (x: number, y: number): number[] => {
    const o = y * stride + x * bpp;
    return bpp === 4 ? [...px.subarray(o, o + 4)] : [...px.subarray(o, o + 3), 255];
  };
  return { width, height, colourType, pixel };
}

function allPixels(png: ReturnType<typeof readPng>): number[][] {
  const out: number[][] = [];
  for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) out.push(png.pixel(x, y));
  return out;
}

/** The newest released (not devPreview) Teams manifest schema shipped in @microsoft/app-manifest. */
function newestSchemaVersion(): string {
  const versions = fs.readdirSync(schemaRoot).filter((d) => /^v\d+\.\d+$/.test(d)).map((d) => d.slice(1));
  const num = (v: string) => v.split('.').map(Number) as [number, number];
  return versions.sort((x, y) => num(x)[0] - num(y)[0] || num(x)[1] - num(y)[1]).at(-1) as string;
}

let zipFiles: Map<string, Buffer>;
let packaged: Json;

beforeAll(async () => {
  const out = path.join(tmp, 'pkg', 'namndbot.zip');
  const run = await node([packageScript], { PATH: process.env.PATH ?? '', BOT_ID: botId, APP_PACKAGE_OUT: out });
  expect(run).toMatchObject({ code: 0, stdout: `${out}\n` });
  zipFiles = unzip(fs.readFileSync(out));
  packaged = JSON.parse(zipFiles.get('manifest.json')!.toString('utf8')) as Json;
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the Teams app package', () => {
  it('holds exactly manifest.json, color.png and outline.png at its root, the icons unchanged', () => {
    expect([...zipFiles.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(zipFiles.get('color.png')!.equals(fs.readFileSync(path.join(appPackage, 'color.png')))).toBe(true);
    expect(zipFiles.get('outline.png')!.equals(fs.readFileSync(path.join(appPackage, 'outline.png')))).toBe(true);
  });

  it('carries the real bot id and no placeholder left', () => {
    expect((packaged.bots as Json[])[0]!.botId).toBe(botId);
    expect(JSON.stringify(packaged)).not.toContain('${{');
    expect(fs.readFileSync(path.join(appPackage, 'manifest.json'), 'utf8')).toContain('"botId": "${{BOT_ID}}"');
  });

  it('is on the newest manifest schema the package ships, with the matching $schema', () => {
    const version = newestSchemaVersion();
    expect(packaged.manifestVersion).toBe(version);
    expect(packaged.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  });

  it('validates against the official schema with zero errors, offline', async () => {
    expect(await validate(packaged)).toEqual([]);
  });

  it('is refused by the schema when a required field is missing or a value is wrong', async () => {
    const noDeveloper = structuredClone(packaged);
    delete noDeveloper.developer;
    expect(await validate(noDeveloper)).toEqual([expect.stringMatching(/must have required property 'developer'/)]);

    const noBotId = structuredClone(packaged);
    delete (noBotId.bots as Json[])[0]!.botId;
    expect((await validate(noBotId)).join('\n')).toMatch(/\/bots\/0 must have required property 'botId'/);

    const badBotId = structuredClone(packaged);
    (badBotId.bots as Json[])[0]!.botId = '${{BOT_ID}}';
    expect((await validate(badBotId)).join('\n')).toMatch(/\/bots\/0\/botId must match pattern/);
  });

  it('never fetches: the validator processes run with the network blocked, and that block bites', async () => {
    const probe = (schemaUrl: string) => `require('@microsoft/app-manifest').AppManifestUtils
      .validateAgainstSchema(${JSON.stringify({ ...packaged, $schema: schemaUrl })})
      .then((errors) => console.log(JSON.stringify(errors)), (e) => console.log(e.message))`;
    // The package resolves its shipped schemas' URLs from disk, so even its own lookup stays offline…
    const shipped = await node(['--import', NO_NETWORK, '-e', probe(packaged.$schema as string)], process.env);
    expect(shipped.stdout.trim()).toBe('[]');
    // …and anything else would go to the network, which the guard refuses.
    const elsewhere = await node(['--import', NO_NETWORK, '-e', probe('https://schemas.example.se/teams/MicrosoftTeams.schema.json')], process.env);
    expect(elsewhere.stdout).toMatch(/NO_NETWORK: network access attempted/);
  });

  it('names Nämndbot in Swedish, within the length limits', () => {
    expect(packaged.name).toEqual({ short: 'Nämndbot', full: 'Nämndbot – nämndens dagordning och beslut' });
    const description = packaged.description as { short: string; full: string };
    expect(description.short.length).toBeLessThanOrEqual(80);
    expect(description.full.length).toBeLessThanOrEqual(4000);
    for (const word of ['kallelse', 'ett kort per ärende', 'tjänsteskrivelse', 'handlingar', 'sekretess', 'två arbetsdagar', 'justering']) expect(description.full).toContain(word);
    expect(packaged.localizationInfo).toEqual({ defaultLanguageTag: 'sv-SE' });
    expect(packaged.permissions).toEqual(['identity', 'messageTeamMembers']);
  });

  it('offers the bot in 1:1 chats, teams and group chats, takes files and lists its commands per scope', () => {
    const bot = (packaged.bots as Json[])[0]!;
    expect(bot).toMatchObject({ botId, scopes: ['personal', 'team', 'groupChat'], supportsFiles: true, isNotificationOnly: false });
    const lists = bot.commandLists as Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }>;
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    const commands = (scope: string) => Object.fromEntries(lists.find((l) => l.scopes.includes(scope))!.commands.map((c) => [c.title, c.description]));
    expect(commands('personal')).toMatchObject({
      hjälp: 'Visa vad du kan göra',
      status: 'Godkännanden inför nästa sammanträde',
      'handlingar 5': 'Handlingar till ärende 5',
      importera: 'Importera en kallelse: bifoga PDF eller klistra in JSON',
    });
    for (const scope of ['team', 'groupChat']) {
      expect(commands(scope)).toMatchObject({ hjälp: 'Visa vad du kan göra', status: 'Godkännanden inför nästa sammanträde', 'handlingar 5': 'Handlingar till ärende 5' });
    }
  });

  it('has a 192×192 colour icon on a solid background in the accent colour', () => {
    const color = readPng(path.join(appPackage, 'color.png'));
    expect({ width: color.width, height: color.height }).toEqual({ width: 192, height: 192 });
    const pixels = allPixels(color);
    expect(pixels.every((p) => p[3] === 255)).toBe(true);
    const accent = (packaged.accentColor as string).match(/^#(..)(..)(..)$/)!.slice(1).map((h) => parseInt(h, 16));
    for (const [x, y] of [[0, 0], [191, 0], [0, 191], [191, 191]] as const) expect(color.pixel(x, y)).toEqual([...accent, 255]);
    expect(new Set(pixels.map((p) => p.join())).size).toBeGreaterThan(1);
  });

  it('has a 32×32 outline icon, white on transparent and nothing else', () => {
    const outline = readPng(path.join(appPackage, 'outline.png'));
    expect({ width: outline.width, height: outline.height, colourType: outline.colourType }).toEqual({ width: 32, height: 32, colourType: 6 });
    const pixels = allPixels(outline);
    const white = pixels.filter((p) => p.join() === '255,255,255,255').length;
    const clear = pixels.filter((p) => p[3] === 0).length;
    expect(white + clear).toBe(32 * 32);
    expect(white).toBeGreaterThan(50);
    expect(clear).toBeGreaterThan(500);
  });
});

describe('npm run package', () => {
  it('refuses without BOT_ID, naming it, and writes nothing', async () => {
    const out = path.join(tmp, 'none', 'never.zip');
    const run = await node([packageScript], { PATH: process.env.PATH ?? '', APP_PACKAGE_OUT: out });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/BOT_ID saknas/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a BOT_ID that is not a GUID', async () => {
    const run = await node([packageScript], { PATH: process.env.PATH ?? '', BOT_ID: 'namndbot', APP_PACKAGE_OUT: path.join(tmp, 'bad.zip') });
    expect(run.code).toBe(2);
  });

  it('builds a dev package with the all-zero id under --dev', async () => {
    const out = path.join(tmp, 'dev', 'namndbot.zip');
    const run = await node([packageScript, '--dev'], { PATH: process.env.PATH ?? '', APP_PACKAGE_OUT: out });
    expect(run.code).toBe(0);
    const manifest = JSON.parse(unzip(fs.readFileSync(out)).get('manifest.json')!.toString('utf8'));
    expect(manifest.bots[0].botId).toBe('00000000-0000-0000-0000-000000000000');
  });

  it('fills the developer from the environment and refuses a manifest the schema rejects', async () => {
    const env = { PATH: process.env.PATH ?? '', BOT_ID: botId, DEVELOPER_NAME: 'Gnesta "kommun"', DEVELOPER_WEBSITE_URL: 'https://www.gnesta.se', DEVELOPER_PRIVACY_URL: 'https://www.gnesta.se/gdpr', DEVELOPER_TERMS_URL: 'https://www.gnesta.se/villkor' };
    const good = path.join(tmp, 'gnesta', 'namndbot.zip');
    expect((await node([packageScript], { ...env, APP_PACKAGE_OUT: good })).code).toBe(0);
    const manifest = JSON.parse(unzip(fs.readFileSync(good)).get('manifest.json')!.toString('utf8'));
    expect(manifest.developer).toEqual({ name: 'Gnesta "kommun"', websiteUrl: 'https://www.gnesta.se', privacyUrl: 'https://www.gnesta.se/gdpr', termsOfUseUrl: 'https://www.gnesta.se/villkor' });

    const bad = path.join(tmp, 'bad-url', 'namndbot.zip');
    const run = await node([packageScript], { ...env, DEVELOPER_WEBSITE_URL: 'www.gnesta.se', APP_PACKAGE_OUT: bad });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\/developer\/websiteUrl must match pattern/);
    expect(fs.existsSync(bad)).toBe(false);
  });
});
