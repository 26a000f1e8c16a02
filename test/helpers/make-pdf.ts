import PDFDocument from 'pdfkit';

/** A PDF bookmark and the bookmarks under it. */
export interface Bookmark {
  title: string;
  children?: Bookmark[];
}

/** How makePdf lays out and protects the document. */
export interface MakePdfOptions {
  /** Lines a page; the default 45 is close to a kallelse page. */
  linesPerPage?: number;
  /** The PDF's bookmark outline (as a meeting pack's "Föredragningslistan"). */
  bookmarks?: Bookmark[];
  /** Encrypts the PDF: with a user password nobody can open it without the password. */
  userPassword?: string;
  ownerPassword?: string;
  /** Leaves content streams readable, for looking at the file. */
  compress?: boolean;
}

// Code points WinAnsiEncoding has above Latin-1 (pdfkit maps these itself; anything else it garbles).
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e,
  0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/** Text Helvetica's WinAnsi encoding can draw: tabs as four spaces, other dashes and spaces made plain, the rest "?". */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.replace(/\t/g, '    ')) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code)) out += ch;
    else if (/[\u2010-\u2012\u2212]/.test(ch)) out += '-';
    else if (/[\u2000-\u200a\u202f\u205f\u3000]/.test(ch)) out += ' ';
    else out += '?';
  }
  return out;
}

function addBookmarks(parent: PDFKit.PDFOutline, bookmarks: readonly Bookmark[]): void {
  for (const b of bookmarks) addBookmarks(parent.addItem(b.title, { expanded: true }), b.children ?? []);
}

/** A PDF made in memory from text lines with pdfkit: A4 landscape (long titles fit), Helvetica 8 pt, a new page every 45 lines. */
export function makePdf(lines: readonly string[], opts: MakePdfOptions = {}): Promise<Buffer> {
  const perPage = opts.linesPerPage ?? 45;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 30,
      compress: opts.compress ?? true,
      info: { Title: 'Kallelse' },
      ...(opts.userPassword || opts.ownerPassword ? { userPassword: opts.userPassword, ownerPassword: opts.ownerPassword, pdfVersion: '1.7ext3' as const } : {}),
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica').fontSize(8);
    lines.forEach((line, i) => {
      if (i > 0 && i % perPage === 0) doc.addPage();
      const text = toWinAnsi(line);
      // pdfkit draws nothing for a blank line; its place on the page is what makes the gap.
      if (text.trim()) doc.text(text, 30, 30 + (i % perPage) * 12, { lineBreak: false });
    });
    addBookmarks(doc.outline, opts.bookmarks ?? []);
    doc.end();
  });
}

/** A PDF whose pages carry only drawings, as a scanned document carries only images: no text layer. */
export function makeDrawingPdf(pages: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 40 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (let p = 0; p < pages; p++) {
      if (p > 0) doc.addPage();
      for (let r = 0; r < 30; r++) doc.rect(40 + (r % 5) * 100, 40 + r * 24, 80 + (r * 37) % 20, 10).fill('#333333');
    }
    doc.end();
  });
}

/** A piece of text placed by hand: at (x, y) from the top left of the unrotated page, in points. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size?: number;
  /** Degrees the text is turned about its origin, clockwise as pdfkit turns it. */
  angle?: number;
}

/** A PDF of hand-placed text pieces, drawn in the order given; a page may carry a /Rotate of 90, 180 or 270. */
export function makeLayoutPdf(pages: ReadonlyArray<{ rotate?: 0 | 90 | 180 | 270; pieces: readonly PlacedText[] }>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const page of pages) {
      doc.addPage();
      // pdfkit has no option for it; the page dictionary takes the viewer's rotation directly.
      if (page.rotate) (doc.page.dictionary.data as Record<string, unknown>).Rotate = page.rotate;
      for (const p of page.pieces) {
        doc.save();
        if (p.angle) doc.rotate(p.angle, { origin: [p.x, p.y] });
        doc.font('Helvetica').fontSize(p.size ?? 10).text(toWinAnsi(p.text), p.x, p.y, { lineBreak: false });
        doc.restore();
      }
    }
    doc.end();
  });
}

/** The width in points of text in Helvetica at `size`, for placing pieces of one word side by side. */
export function widthOf(text: string, size = 10): number {
  return new PDFDocument({ autoFirstPage: false }).font('Helvetica').fontSize(size).widthOfString(toWinAnsi(text));
}
