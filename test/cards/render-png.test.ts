/**
 * Every card rendered by the official Adaptive Cards renderer (npm adaptivecards, the one Teams' web
 * client is built on) in headless Chromium, as a person sees it. `npm run cards:render` keeps the
 * pictures in docs/cards/ (CARDS_OUT); otherwise they go to a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../helpers/chromium';
import { allCards } from './all-cards';

const run = hasChromium() || process.env.CI === 'true' ? describe : describe.skip;
const bundle = fs.readFileSync(path.resolve(__dirname, '../../node_modules/adaptivecards/dist/adaptivecards.js'), 'utf8');
const out = process.env.CARDS_OUT ? path.resolve(process.env.CARDS_OUT) : fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-cards-'));
const fileName = (name: string): string => `${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.png`;

/** A Teams-like host: Segoe-like sans, Teams' accent colour, the light theme's text colours. */
const hostConfig = {
  fontFamily: '"Segoe UI", "DejaVu Sans", sans-serif',
  containerStyles: { default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, good: { default: '#237B4B' }, attention: { default: '#C4314B' }, warning: { default: '#835C00' }, accent: { default: '#5B5FC7' } } } },
  actions: { maxActions: 6, actionsOrientation: 'horizontal', buttonSpacing: 8, showCard: { actionMode: 'inline' } },
};

run('cards rendered in Chromium by the official renderer', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 520, height: 900 }, deviceScaleFactor: 1, locale: 'sv-SE' });
    await page.setContent(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>body{margin:0;background:#f5f5f5;font-family:"DejaVu Sans",sans-serif}#card{width:480px;margin:12px;background:#fff;border-radius:6px;box-shadow:0 1px 3px #0003;padding:2px}.ac-pushButton{border:1px solid #d1d1d1;background:#fff;border-radius:4px;padding:6px 12px;font-weight:600}.ac-input{border:1px solid #d1d1d1;border-radius:4px;padding:4px}</style></head><body><div id="card"></div></body></html>`);
    await page.addScriptTag({ content: bundle });
    fs.mkdirSync(out, { recursive: true });
  }, 30_000);
  afterAll(async () => browser?.close());

  it.each(allCards())('renders the %s card', async (name, card) => {
    const result = await page.evaluate(
      ({ card: json, host }) => {
        // This runs in the page; the project's TypeScript has no DOM library, so the page's globals are typed here.
        interface El { innerHTML: string; innerText: string; appendChild(c: unknown): void; getBoundingClientRect(): { height: number } }
        const page = globalThis as unknown as { AdaptiveCards: Record<string, new (...a: unknown[]) => Record<string, unknown>>; document: { getElementById(id: string): El } };
        const AC = page.AdaptiveCards;
        const target = page.document.getElementById('card');
        target.innerHTML = '';
        // Teams renders the markdown subset cards use (links, bold); the bare renderer needs to be told how.
        (AC.AdaptiveCard as unknown as { onProcessMarkdown: (t: string, r: { outputHtml: string; didProcess: boolean }) => void }).onProcessMarkdown = (t, r) => {
          const escaped = t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          r.outputHtml = escaped.replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '<a href="$2">$1</a>').replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>');
          r.didProcess = true;
        };
        const ac = new AC.AdaptiveCard!() as unknown as { hostConfig: unknown; parse(j: unknown): void; render(): unknown };
        ac.hostConfig = new AC.HostConfig!(host);
        ac.parse(json);
        const el = ac.render();
        if (!el) return { ok: false, text: '', height: 0 };
        target.appendChild(el);
        return { ok: true, text: target.innerText, height: target.getBoundingClientRect().height };
      },
      { card, host: hostConfig },
    );
    expect(result.ok).toBe(true);
    expect(result.height).toBeGreaterThan(40);
    expect(result.text.length).toBeGreaterThan(10);
    await (await page.$('#card'))!.screenshot({ path: path.join(out, fileName(name)) });
    expect(fs.statSync(path.join(out, fileName(name))).size).toBeGreaterThan(1000);
  });
});
