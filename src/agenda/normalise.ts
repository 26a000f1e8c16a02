/** One line of the kallelse text, trimmed, with its 1-based line number in the input. */
export interface Line {
  no: number;
  text: string;
  /** The line before trimming (the PDF outline is recognised by its indentation). */
  raw: string;
}

/**
 * PDF extraction's text made regular: CRLF, no-break and other odd spaces, soft hyphens and
 * zero-width characters are normalised; every line is trimmed; lines keep their numbers.
 */
export function normaliseLines(text: string, firstLineNo = 1): Line[] {
  const clean = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A]/g, ' ')
    .replace(/\u00AD|\u200B|\u200C|\u200D|\u2060/g, '');
  return clean.split('\n').map((raw, i) => ({ no: i + firstLineNo, raw, text: raw.replace(/\s+/g, ' ').trim() }));
}

/** Page furniture that PDF extraction leaves in the middle of an agenda: footers, page numbers, signature boxes. */
const NOISE = [
  /^www\.[\w.-]+\.\w+$/i,
  /\btelefon:/i,
  /\be-post:/i,
  /^(post|besöks)adress\b/i,
  /\borg\.?\s*nr\b/i,
  /^page \d+ of \d+$/i,
  /^sida \d+( av \d+)?$/i,
  /^\d+ ?\(\d+\)$/,
  /^justerare( justerare)*( utdragsbestyrkande)?$/i,
  /^(utdragsbestyrkande|signatur|justerandes signatur)$/i,
];

/** True for a footer or page-number line. */
export function isNoise(text: string): boolean {
  return NOISE.some((re) => re.test(text));
}

/** Joins the pieces of a title broken across lines: single spaces, but a date or year range split at its hyphen joins without one. */
export function joinBroken(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    if (!out) out = p;
    else if (/\d{4}-$/.test(out) && /^\d/.test(p)) out += p;
    else out += ` ${p}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}
