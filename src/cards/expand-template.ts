import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCard } from './adaptive-card';

/** The templates' folder: src/cards and dist/cards both sit two levels under the repository root. */
const TEMPLATES = path.resolve(__dirname, '../../cards');

/** A parsed template, read from disk once per process. */
export type CardTemplate = ACData.Template;

/** Reads cards/<name>.json; called once per renderer module, at load time. */
export function loadTemplate(name: string): CardTemplate {
  return new ACData.Template(JSON.parse(fs.readFileSync(path.join(TEMPLATES, `${name}.json`), 'utf8')));
}

/**
 * Data from the committee is never a binding: the templating engine leaves it alone, but a literal
 * "${" would trip the check for unfilled bindings below. A zero-width space keeps it looking the same.
 */
function neutralizeBindings(value: unknown): unknown {
  if (typeof value === 'string') return value.split('${').join('$\u200B{');
  if (Array.isArray(value)) return value.map(neutralizeBindings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralizeBindings(v)]));
  return value;
}

/** Drops what $when left behind: nulls, a FactSet without facts, a Container without items, empty action lists. */
function prune(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(prune).filter((n) => n !== undefined && n !== null);
  if (!node || typeof node !== 'object') return node;
  const obj: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    const p = prune(v);
    if (p !== undefined && p !== null) obj[k] = p;
  }
  const empty = (key: string): boolean => !Array.isArray(obj[key]) || (obj[key] as unknown[]).length === 0;
  if (obj.type === 'FactSet' && empty('facts')) return undefined;
  if (obj.type === 'Container' && empty('items')) return undefined;
  if (obj.type === 'ColumnSet' && empty('columns')) return undefined;
  if (obj.type === 'ActionSet' && empty('actions')) return undefined;
  if ('actions' in obj && empty('actions')) delete obj.actions;
  if (obj.type === 'AdaptiveCard' && !Array.isArray(obj.body)) obj.body = [];
  return obj;
}

/**
 * Expanded cards by template and data, as JSON. Many people look at the same ärende in the same state (every
 * copy of a card after an approval, each refresh), and the templating engine parses its expressions on every
 * expansion; the same data gives the same card, so it is expanded once.
 */
const expanded = new Map<string, string>();
const EXPANDED_KEPT = 500;

/** Expands a template with its data; a binding left unfilled is a programming error and throws. Each call returns a card of its own. */
export function expandTemplate(template: CardTemplate, name: string, data: object): AdaptiveCard {
  const key = `${name}\u0000${JSON.stringify(data)}`;
  let json = expanded.get(key);
  if (json === undefined) {
    json = JSON.stringify(prune(template.expand({ $root: neutralizeBindings(data) })));
    if (json.includes('${')) throw new Error(`card template ${name}: a binding was left unfilled`);
    if (expanded.size >= EXPANDED_KEPT) expanded.delete(expanded.keys().next().value as string);
  } else {
    expanded.delete(key);
  }
  expanded.set(key, json);
  return JSON.parse(json) as AdaptiveCard;
}
