import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const EXECUTABLE = '/usr/bin/chromium';

/** True when Debian's Chromium is installed (CI installs it; see .ci/run). */
export function hasChromium(): boolean {
  return fs.existsSync(EXECUTABLE);
}

/** Headless Chromium as this machine allows it: no sandbox (root), no background networking (no internet). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
