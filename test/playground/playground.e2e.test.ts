/**
 * A real Teams-protocol client: the Microsoft 365 Agents Playground (`npm run playground`) in Debian's
 * headless Chromium, driven as a person would. Screenshots of each step land in test-results/playground/.
 * The Playground has no user-specific views (refresh with userIds); the HTTP end-to-end tests cover those.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../helpers/chromium';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'test-results/playground');
const run = hasChromium() || process.env.CI === 'true' ? describe : describe.skip;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

run('Nämndbot in the Microsoft 365 Agents Playground', () => {
  let demo: ChildProcess;
  let browser: Browser;
  let page: Page;
  let step = 0;
  const shot = async (name: string) => page.screenshot({ path: path.join(shots, `${String(++step).padStart(2, '0')}-${name}.png`), fullPage: false });
  /** Types into the Playground's message box (a rich-text editor, as in Teams) and sends. */
  const send = async (text: string) => {
    const box = page.locator('[contenteditable="true"][role="textbox"]').last();
    await box.click();
    await page.keyboard.type(text);
    await page.getByRole('button', { name: 'Send Message' }).click();
  };

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    const ready = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-pg-')), 'ready');
    const [botPort, pgPort] = [await freePort(), await freePort()];
    demo = spawn(process.execPath, [path.join(root, 'scripts/playground.js')], {
      env: { ...process.env, PORT: String(botPort), PLAYGROUND_PORT: String(pgPort), PLAYGROUND_READY_FILE: ready, DATA_DIR: path.dirname(ready) },
      stdio: 'ignore',
    });
    const until = Date.now() + 45_000;
    while (!fs.existsSync(ready)) {
      if (Date.now() > until || demo.exitCode !== null) throw new Error('npm run playground did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`http://127.0.0.1:${pgPort}/`, { waitUntil: 'networkidle' });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (demo && demo.exitCode === null) {
      const exited = new Promise((r) => demo.once('exit', r));
      demo.kill('SIGTERM');
      await exited;
    }
  });

  it('shows the ärende cards of the imported kallelse in the group chat', async () => {
    await page.locator('button', { hasText: 'Group Chat' }).first().click();
    await page.getByText('Ärende 14: Anmälningsärenden').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Godkänn slutversion' }).count()).resolves.toBe(12);
    await page.getByText('Ärende 1: Särskilt förordnad vårdnadshavare').scrollIntoViewIfNeeded();
    await shot('cards');
  }, 60_000);

  it('stamps the approval when the godkännare presses "Godkänn slutversion"', async () => {
    const card = page.locator('.ac-adaptiveCard', { hasText: 'Ärende 1: Uppföljning av arbetet med samordning' }).first();
    await card.scrollIntoViewIfNeeded();
    await card.getByRole('button', { name: 'Godkänn slutversion' }).click();
    await page.getByText('Slutversion av Tjänsteskrivelsen godkändes 2022-11-25 (Alex Wilber)').first().waitFor({ timeout: 20_000 });
    await page.getByText('Slutversion av Tjänsteskrivelsen godkändes 2022-11-25 (Alex Wilber)').first().scrollIntoViewIfNeeded();
    await shot('approved');
  }, 60_000);

  it('answers "handlingar 5" with the ärende\'s handlingar', async () => {
    // In a group chat Teams gives the bot only messages that @mention it; the 1:1 chat needs none.
    await page.locator('button', { hasText: 'Personal Chat' }).first().click();
    await send('handlingar 5');
    await page.getByText('Handlingar till ärende 5: Yttrande över revisionsrapport').waitFor({ timeout: 20_000 });
    await expect(page.getByText('Revisionsrapport', { exact: false }).last().isVisible()).resolves.toBe(true);
    await shot('handlingar');
  }, 60_000);

  it('shows of a sekretessärende only "Handlingar dukas på gruppmötet"', async () => {
    await send('handlingar SN22/11');
    await page.getByText('Handlingar till ärende 1: Särskilt förordnad vårdnadshavare').waitFor({ timeout: 20_000 });
    const answer = page.locator('.ac-adaptiveCard', { hasText: 'Handlingar till ärende 1: Särskilt förordnad vårdnadshavare' }).last();
    await expect(answer.innerText()).resolves.toContain('Handlingar dukas på gruppmötet');
    await expect(page.locator('body').innerText()).resolves.not.toContain('SN22/11:30');
    await shot('sekretess');
  }, 60_000);
});
