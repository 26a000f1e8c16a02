import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../..');
const botId = '11111111-2222-3333-4444-555555555555';

const filled = (): Record<string, unknown> =>
  JSON.parse(
    fs.readFileSync(path.join(root, 'appPackage/manifest.json'), 'utf8').replace(/\$\{\{(\w+)\}\}/g, (_m, name: string) => (name === 'BOT_ID' ? botId : name === 'DEVELOPER_NAME' ? 'Nämndbot' : 'https://www.example.se/namndbot')),
  );

/**
 * The official schema validator (@microsoft/app-manifest) run by scripts/validate-manifest.js in plain
 * Node: the package loads an ES module that jest's CommonJS runtime cannot.
 */
async function validate(manifest: unknown): Promise<string[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-manifest-')), 'manifest.json');
  fs.writeFileSync(file, JSON.stringify(manifest));
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts/validate-manifest.js'), file]).catch((e: { stdout: string }) => e);
  return JSON.parse(stdout) as string[];
}

/** Width, height and colour type from a PNG's IHDR. */
function pngInfo(file: string): { width: number; height: number; colourType: number } {
  const b = fs.readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colourType: b[25] as number };
}

/** The files in a ZIP, read from its central directory and inflated. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const size = buf.readUInt32LE(p + 20);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    out.set(name, inflateRawSync(buf.subarray(dataStart, dataStart + size)));
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

describe('the Teams app package', () => {
  it('validates against the official manifest schema v1.30, offline', async () => {
    expect(await validate(filled())).toEqual([]);
  });

  it('is refused by the schema when a required field is missing', async () => {
    const broken = filled();
    delete broken.developer;
    expect((await validate(broken)).join('\n')).toMatch(/developer/);
  });

  it('offers the bot in 1:1 chats, teams and group chats and takes files', () => {
    const bot = (filled().bots as Array<Record<string, unknown>>)[0]!;
    expect(bot).toMatchObject({ botId, scopes: ['personal', 'team', 'groupChat'], supportsFiles: true });
  });

  it('has a 192×192 colour icon and a 32×32 outline icon with transparency', () => {
    expect(pngInfo(path.join(root, 'appPackage/color.png'))).toMatchObject({ width: 192, height: 192 });
    expect(pngInfo(path.join(root, 'appPackage/outline.png'))).toEqual({ width: 32, height: 32, colourType: 6 });
  });

  it('packs manifest and icons into a zip with the real bot id', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-pkg-')), 'app.zip');
    await promisify(execFile)(process.execPath, [path.join(root, 'scripts/package-app.js')], { env: { ...process.env, BOT_ID: botId, APP_PACKAGE_OUT: out } });
    const files = unzip(fs.readFileSync(out));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.bots[0].botId).toBe(botId);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(files.get('color.png')!.equals(fs.readFileSync(path.join(root, 'appPackage/color.png')))).toBe(true);
  });

  it('refuses to pack without a bot id', async () => {
    const run = promisify(execFile)(process.execPath, [path.join(root, 'scripts/package-app.js')], { env: { PATH: process.env.PATH ?? '', APP_PACKAGE_OUT: path.join(os.tmpdir(), 'never.zip') } });
    await expect(run).rejects.toMatchObject({ code: 2 });
  });
});
