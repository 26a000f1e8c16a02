import type { HandlingView } from './views';

/** An http(s) address fit for a markdown link target, or null: other schemes (javascript:, file:, data:) never become links. */
export function safeLinkUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  // URL already percent-encodes spaces and angle brackets; parentheses would end the markdown link early.
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** A handling as one markdown list line: "- [title](url)" where a safe link exists, else "- title". */
export function handlingLine(h: HandlingView): string {
  const href = safeLinkUrl(h.url);
  // Square brackets in the title would break the link text; round ones read the same.
  return href ? `- [${h.title.replace(/\[/g, '(').replace(/\]/g, ')')}](${href})` : `- ${h.title}`;
}
