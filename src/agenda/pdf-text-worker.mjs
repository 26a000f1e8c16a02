// Extracts the text of a PDF with pdfjs-dist in a worker thread, so a hostile or huge PDF can be stopped
// (the worker is terminated on time-out) and the ESM-only library stays out of the CommonJS bot.
import { parentPort, workerData } from 'node:worker_threads';

const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** Rebuilds lines from text items the way PDF-to-text tools do: by baseline, left to right, a space at gaps. */
function pageLines(items) {
  const rows = [];
  for (const it of items) {
    if (typeof it.str !== 'string') continue;
    const y = it.transform[5];
    let row = rows.find((r) => Math.abs(r.y - y) < Math.max(2, (it.height || 10) * 0.4));
    if (!row) rows.push((row = { y, parts: [] }));
    row.parts.push({ x: it.transform[4], w: it.width, s: it.str });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    r.parts.sort((a, b) => a.x - b.x);
    let line = '';
    let end = null;
    for (const p of r.parts) {
      if (end !== null && p.x - end > 1 && !line.endsWith(' ') && !p.s.startsWith(' ')) line += ' ';
      line += p.s;
      end = p.x + p.w;
    }
    return line.trimEnd();
  });
}

try {
  const doc = await getDocument({
    data: new Uint8Array(workerData.bytes),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(pageLines(content.items).join('\n'));
    page.cleanup();
  }
  await doc.destroy();
  parentPort.postMessage({ ok: true, text: pages.join('\n\n') });
} catch (e) {
  parentPort.postMessage({ ok: false, name: e?.name ?? 'Error', message: String(e?.message ?? e) });
}
