import type { Line } from './normalise';

/**
 * The PDF bookmark outline some packs end with ("Föredragningslistan", then indented "5.3 Metodhandbok.pdf"):
 * handlingar by item number, with the outline's ref.
 */
export const OUTLINE_HEADING = /^(föredragningslistan|bokmärken)$/i;

/** The outline's items by number. */
export function readOutline(lines: readonly Line[]): Map<string, Array<{ ref: string; title: string }>> {
  const out = new Map<string, Array<{ ref: string; title: string }>>();
  let i = lines.length - 1;
  // The outline is the last thing in the text; find its heading from the end.
  while (i >= 0 && !OUTLINE_HEADING.test((lines[i] as Line).text)) {
    if (lines.length - i > 400) return out;
    i--;
  }
  if (i < 0) return out;
  for (const line of lines.slice(i + 1)) {
    const m = /^(\d{1,3})\.(\d{1,2})\s+(.+)$/.exec(line.text);
    if (!m) continue;
    const item = m[1] as string;
    const list = out.get(item) ?? [];
    list.push({ ref: `${item}.${m[2]}`, title: m[3] as string });
    out.set(item, list);
  }
  return out;
}
