// Extracts the text of a PDF with pdfjs-dist in a worker thread. The bot is CommonJS and pdfjs-dist
// is ESM only; the worker also fences off a hostile PDF: the parent terminates it on time-out and it
// runs under a heap limit. Protocol: workerData { bytes: Uint8Array } in, one message out:
//   { ok: true, text, pages, longestPage } | { ok: false, kind: 'password' | 'invalid' | 'internal', detail }.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';

/** A text item placed on the page in device space (y grows downwards), with its font size. */
function placeItem(item, viewport, Util) {
  const [a, b, c, d, x, y] = Util.transform(viewport.transform, item.transform);
  const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
  // Text that does not run left to right on the page (rotated, vertical) cannot be ordered by position.
  const horizontal = a > 0 && Math.abs(b) < 0.01 * a;
  return { str: item.str, x, y, width: item.width * viewport.scale, size, horizontal, eol: item.hasEOL };
}

/** Joins the parts of one printed line left to right, a space where the gap between them is wide enough. */
function joinRow(parts) {
  parts.sort((p, q) => p.x - q.x);
  let line = '';
  let prev = null;
  for (const p of parts) {
    // Some producers fake bold by printing the same text twice, offset by a fraction of a point.
    if (prev && p.str === prev.str && Math.abs(p.x - prev.x) < 0.3 * p.size) continue;
    if (prev) {
      const gap = p.x - (prev.x + prev.width);
      if (gap > 0.15 * Math.min(p.size, prev.size) && !/\s$/.test(line) && !/^\s/.test(p.str)) line += ' ';
    }
    line += p.str;
    prev = p;
  }
  return line.trimEnd();
}

/**
 * Rebuilds a page's lines the way PDF-to-text tools do: items grouped by baseline (within 0.45 of the
 * larger font size, so a superscript stays on its line), lines top to bottom, items left to right. A
 * blank line marks a vertical gap of more than about two lines, as between paragraphs.
 */
function pageLines(items, viewport, Util) {
  const placed = [];
  const other = [];
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const p = placeItem(item, viewport, Util);
    if (!p.horizontal) other.push(p);
    else if (p.str !== '') placed.push(p);
  }
  placed.sort((p, q) => p.y - q.y || p.x - q.x);
  const rows = [];
  for (const p of placed) {
    const row = rows[rows.length - 1];
    // Compared with the row's first baseline, not its last item, so lines close together never chain into one.
    if (row && p.y - row.y <= 0.45 * Math.max(p.size, row.size)) {
      row.parts.push(p);
      row.size = Math.max(row.size, p.size);
    } else rows.push({ y: p.y, size: p.size, parts: [p] });
  }
  const lines = [];
  let last = null;
  for (const row of rows) {
    const text = joinRow(row.parts);
    if (!text.trim()) continue;
    if (last && row.y - last.y > 2.2 * Math.max(row.size, last.size)) lines.push('');
    lines.push(text);
    last = row;
  }
  // Rotated or vertical text keeps the order it has in the content stream; pdf.js marks its line ends.
  let current = '';
  for (const p of other) {
    current += p.str;
    if (p.eol) {
      if (current.trim()) lines.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) lines.push(current.trim());
  return lines;
}

/** The PDF's bookmarks as text extraction tools append them: a tab, then four spaces per level below the top. */
function outlineLines(outline, depth = 0, out = []) {
  for (const entry of outline ?? []) {
    const title = String(entry.title ?? '').replace(/\s+/g, ' ').trim();
    if (title) out.push(`\t${'    '.repeat(depth)}${title}`);
    if (depth < 8) outlineLines(entry.items, depth + 1, out);
  }
  return out;
}

/** Local directory of pdf.js's character maps (needed for some CJK fonts); read from disk, never fetched. */
function cMapDir() {
  return path.join(path.dirname(fileURLToPath(import.meta.resolve(PDFJS))), '..', '..', 'cmaps') + path.sep;
}

async function extract(bytes) {
  const { getDocument, Util, VerbosityLevel } = await import(PDFJS).catch((e) => {
    throw Object.assign(new Error(`pdfjs-dist kunde inte laddas: ${e?.message ?? e}`), { internal: true });
  });
  const task = getDocument({
    data: bytes,
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    cMapUrl: cMapDir(),
    cMapPacked: true,
  });
  const doc = await task.promise;
  try {
    const pages = [];
    let longestPage = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = pageLines(content.items, page.getViewport({ scale: 1 }), Util);
      const text = lines.join('\n');
      longestPage = Math.max(longestPage, text.replace(/\s/g, '').length);
      pages.push(text);
      page.cleanup();
    }
    const outline = outlineLines(await doc.getOutline().catch(() => null));
    const body = pages.filter((p) => p !== '').join('\n\n');
    const text = (outline.length > 0 ? `${body}\n\n\n${outline.join('\n')}` : body).normalize('NFC');
    return { ok: true, text, pages: doc.numPages, longestPage };
  } finally {
    await doc.destroy();
  }
}

try {
  parentPort.postMessage(await extract(workerData.bytes));
} catch (e) {
  const kind = e?.internal ? 'internal' : e?.name === 'PasswordException' ? 'password' : 'invalid';
  parentPort.postMessage({ ok: false, kind, detail: String(e?.message ?? e) });
}
