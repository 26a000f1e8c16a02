import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as JSON (schema 1.5). */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  actions?: unknown[];
  refresh?: unknown;
  [key: string]: unknown;
}

const templates = new Map<string, ACData.Template>();

/** The template cards/<name>.json, read once. Both src/cards and dist/cards sit two levels under the repository root. */
function template(name: string): ACData.Template {
  let t = templates.get(name);
  if (!t) {
    const file = path.resolve(__dirname, '../../cards', `${name}.json`);
    t = new ACData.Template(JSON.parse(fs.readFileSync(file, 'utf8')));
    templates.set(name, t);
  }
  return t;
}

/** Drops what $when left empty: a FactSet without facts, a Container without items, an empty actions list. */
function prune(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(prune).filter((n) => n !== undefined);
  if (!node || typeof node !== 'object') return node;
  const obj = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, prune(v)]).filter(([, v]) => v !== undefined && v !== null));
  if (obj.type === 'FactSet' && (!Array.isArray(obj.facts) || obj.facts.length === 0)) return undefined;
  if (obj.type === 'Container' && (!Array.isArray(obj.items) || obj.items.length === 0)) return undefined;
  if (Array.isArray(obj.actions) && obj.actions.length === 0) delete obj.actions;
  return obj;
}

/** Expands a template with its view; a binding left unfilled is a programming error, never sent to Teams. */
export function renderTemplate(name: string, view: object): AdaptiveCard {
  const card = prune(template(name).expand({ $root: view })) as AdaptiveCard;
  const json = JSON.stringify(card);
  if (json.includes('${')) throw new Error(`card ${name}: a template binding was left unfilled`);
  return card;
}

/** The attachment Teams expects for a card. */
export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
