/** Reading a card the way a person (or a screen reader) does: its texts, its buttons, its links. */

const VISIBLE = new Set(['text', 'title', 'value', 'label', 'errorMessage', 'placeholder', 'tooltip', 'altText', 'fallbackText', 'speak']);

/** Walks every object of a card, action data included. */
function walk(node: unknown, visit: (o: Record<string, unknown>, key: string | null) => void, key: string | null = null): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit, key));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>, key);
    for (const [k, v] of Object.entries(node)) walk(v, visit, k);
  }
}

/** Every string a person can see or hear on the card, in order (action data is not shown, so left out). */
export function visibleTexts(card: unknown): string[] {
  const out: string[] = [];
  walk(card, (o, key) => {
    if (key === 'data') return;
    for (const [k, v] of Object.entries(o)) if (VISIBLE.has(k) && typeof v === 'string') out.push(v);
  });
  return out;
}

/** Every action anywhere on the card: card actions, ActionSets, ShowCard contents, refresh, selectAction. */
export function allActions(card: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  walk(card, (o) => {
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o);
  });
  return out;
}

/** The verbs of every Action.Execute, refresh first when there is one. */
export function verbs(card: unknown): string[] {
  return allActions(card).filter((a) => a.type === 'Action.Execute').map((a) => String(a.verb));
}

/** The titles of the buttons a person sees on the card itself (not inside a ShowCard). */
export function buttonTitles(card: { actions?: unknown[]; body: unknown[] }): string[] {
  const inBody: string[] = [];
  walk(card.body, (o) => {
    if (o.type === 'ActionSet' && Array.isArray(o.actions)) for (const a of o.actions) inBody.push(String((a as { title?: unknown }).title));
  });
  return [...inBody, ...(card.actions ?? []).map((a) => String((a as { title?: unknown }).title))];
}

/** Every URL in the card but its $schema: markdown link targets and url properties. */
export function urls(card: unknown): string[] {
  const json = JSON.stringify(card, (k, v: unknown) => (k === '$schema' ? undefined : v));
  return [...json.matchAll(/https?:\/\/[^\s")\]]+/g)].map((m) => m[0]);
}
