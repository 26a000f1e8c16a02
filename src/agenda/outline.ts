import type { Handling } from '../domain/handling';
import { normaliseArendeNumber } from '../domain/arende';
import { normaliseLine } from './normalise';

/**
 * The PDF bookmark outline that text extraction appends to a meeting pack: a heading
 * ("Föredragningslistan", "Dagordning", "Kallelse") and, indented by a tab, one line per document
 * ("2.1 Rapportering …", "5.3 Metodhandbok.pdf"). The number before the dot is the item's number
 * (domain.md §0, G:6541–6559).
 */

/** One document of the outline: the item number it belongs to ("5"), and the handling. */
export interface OutlineEntry {
  item: string;
  handling: Handling;
  line: number;
}

const HEADING = /^(?:föredragningslista|dagordning|kallelse|ärendelista|handlingar|bokmärken|innehåll)(?:n|en)?$/i;
// "5.3 Metodhandbok.pdf", "15a.1 …", "2.1. Title".
const ENTRY = /^(\d{1,3}\s?[a-z]?)\.(\d{1,3}(?:\.\d{1,3})*)\.?\s+(\S.*)$/;
const INDENTED = /^[\t ]/;

/**
 * The documents of the trailing outline, or [] when the text does not end with one. Reads from the
 * end backwards, so the thousands of lines before it cost nothing. Entries need no indentation: text
 * extracted with pdf.js has none.
 */
export function readOutline(rawLines: readonly string[], notBefore: number): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (let i = rawLines.length - 1; i >= notBefore; i--) {
    const raw = rawLines[i] ?? '';
    const text = normaliseLine(raw);
    if (!text) continue;
    if (HEADING.test(text)) return entries.reverse();
    const m = ENTRY.exec(text);
    if (m && m[1] && m[3]) {
      entries.push({ item: normaliseArendeNumber(m[1]), handling: { ref: `${m[1].replace(/\s/g, '')}.${m[2]}`, title: m[3].trim(), url: null }, line: i + 1 });
      continue;
    }
    // Other outline lines are indented (pdftotext keeps the tab, pdf.js does not print them); a plain line means no outline.
    if (!INDENTED.test(raw)) return [];
  }
  return [];
}

/** True for a line that may head the outline ("Föredragningslistan"). */
export function isOutlineHeading(text: string): boolean {
  return HEADING.test(text);
}

/** True for a document entry of the outline ("2.1 Tjänsteskrivelse …"). */
export function isOutlineEntry(text: string): boolean {
  return ENTRY.test(text);
}
