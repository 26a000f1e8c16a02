import fs from 'node:fs';
import path from 'node:path';
import { Constant, Expression, ExpressionType } from 'adaptive-expressions';
import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCard } from './adaptive-card';

/** The templates' folder: src/cards and dist/cards both sit two levels under the repository root. */
const TEMPLATES = path.resolve(__dirname, '../../cards');

/**
 * Where an expression is evaluated: the card's data, the current `$data` of a repeated element and its index.
 * An expression the compiled form cannot answer exactly as adaptivecards-templating would (a missing field,
 * `count` of something that is not a list) throws UNSURE, and the whole card is expanded by the library.
 */
interface Scope {
  $root: unknown;
  $data: unknown;
  $index?: number;
}
type Compiled = (scope: Scope) => unknown;
const UNSURE = Symbol('unsure');
const unsure = (): never => {
  throw UNSURE;
};

/**
 * A property of a plain object, as the templating engine's memory reads it. The library also finds a name
 * in another case, and reads lists its own way: those are left to it.
 */
const propertyOf = (value: unknown, name: string): unknown => {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return unsure();
  if (Object.prototype.hasOwnProperty.call(value, name)) return (value as Record<string, unknown>)[name];
  const folded = name.toLowerCase();
  return Object.keys(value).some((k) => k.toLowerCase() === folded) ? unsure() : undefined;
};

/** adaptive-expressions' truth: booleans are themselves, null and undefined are false, everything else is true. */
const isTrue = (v: unknown): boolean => (typeof v === 'boolean' ? v : v !== null && v !== undefined);

/**
 * An expression tree, as adaptivecards-templating parsed it, as a function. The subset Nämndbot's templates use
 * is compiled (paths, `!`, `&&`, `||`, comparisons with null and numbers, `count`); a template using anything
 * else fails when it is loaded, so a new template meets this at once, in the tests.
 */
function compileExpression(e: Expression, where: string, strict: boolean): Compiled {
  const children = e.children.map((c) => compileExpression(c, where, strict));
  const [a, b] = children as [Compiled, Compiled];
  switch (e.type) {
    case ExpressionType.Constant: {
      const value = (e as Constant).value as unknown;
      return () => value;
    }
    case ExpressionType.Accessor: {
      const name = String((e.children[0] as Constant).value);
      // The first name of a path is a field of $data, unless it names the scope itself ($data, $root, $index).
      const read: Compiled =
        e.children.length === 2 ? (s) => propertyOf(b(s), name) : name === '$data' || name === '$root' || name === '$index' ? (s) => s[name] : (s) => propertyOf(s.$data, name);
      // Outside $when the library shows a missing field as its binding, "${name}": only it can say what that card is.
      return strict ? (s) => read(s) ?? unsure() : read;
    }
    case ExpressionType.Not:
      return (s) => !isTrue(a(s));
    case ExpressionType.And:
      return (s) => children.every((c) => isTrue(c(s)));
    case ExpressionType.Or:
      return (s) => children.some((c) => isTrue(c(s)));
    case ExpressionType.Equal:
    case ExpressionType.NotEqual: {
      const equal = (x: unknown, y: unknown): boolean => {
        if (x == null || y == null) return x == null && y == null;
        if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) < Number.EPSILON || x === y; // as adaptive-expressions compares numbers
        return unsure();
      };
      return e.type === ExpressionType.Equal ? (s) => equal(a(s), b(s)) : (s) => !equal(a(s), b(s));
    }
    case ExpressionType.GreaterThan:
    case ExpressionType.LessThan: {
      const numbers = (s: Scope): [number, number] => {
        const x = a(s);
        const y = b(s);
        return typeof x === 'number' && typeof y === 'number' ? [x, y] : unsure();
      };
      return e.type === ExpressionType.GreaterThan ? (s) => ((x, y) => x > y)(...numbers(s)) : (s) => ((x, y) => x < y)(...numbers(s));
    }
    case ExpressionType.Count:
      return (s) => {
        const v = a(s);
        return Array.isArray(v) ? v.length : unsure();
      };
    case ExpressionType.Concat:
      return (s) => {
        let text = '';
        for (const c of children) {
          const v = c(s);
          text += typeof v === 'string' ? neutral(v) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : unsure();
        }
        // Two pieces can meet as "${": the library's card would fail its check for unfilled bindings.
        return text.includes('${') ? unsure() : text;
      };
    default:
      throw new Error(`card template ${where}: the expression ${e.toString()} uses ${e.type}, which expand-template does not compile`);
  }
}

/**
 * Data from the committee is never a binding: the templating engine leaves it alone, but a literal
 * "${" would trip the check for unfilled bindings below. A zero-width space keeps it looking the same.
 */
const neutral = (text: string): string => (text.includes('${') ? text.split('${').join('$\u200B{') : text);

function neutralizeBindings(value: unknown): unknown {
  if (typeof value === 'string') return neutral(value);
  if (Array.isArray(value)) return value.map(neutralizeBindings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralizeBindings(v)]));
  return value;
}

/** An element left empty by $when, or the card's fields left empty: dropped, or given their default. */
function pruned(obj: Record<string, unknown>): Record<string, unknown> | undefined {
  const empty = (key: string): boolean => !Array.isArray(obj[key]) || (obj[key] as unknown[]).length === 0;
  if (obj.type === 'FactSet' && empty('facts')) return undefined;
  if (obj.type === 'Container' && empty('items')) return undefined;
  if (obj.type === 'ColumnSet' && empty('columns')) return undefined;
  if (obj.type === 'ActionSet' && empty('actions')) return undefined;
  if ('actions' in obj && empty('actions')) delete obj.actions;
  if (obj.type === 'AdaptiveCard' && !Array.isArray(obj.body)) obj.body = [];
  return obj;
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
  return pruned(obj);
}

/** A value from the data where the card shows it whole: as the library shows it, after neutralizing and pruning. */
const shown = (v: unknown): unknown => (typeof v === 'string' ? neutral(v) : v !== null && typeof v === 'object' ? prune(neutralizeBindings(v)) : v);

const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

/** A template node as a function of the scope, following adaptivecards-templating's expansion step by step. */
function compileNode(node: unknown, where: string): Compiled {
  if (typeof node === 'string') {
    const parsed = ACData.Template.parseInterpolatedString(node);
    if (typeof parsed === 'string') return () => parsed;
    const value = compileExpression(parsed, where, true);
    return (s) => shown(value(s));
  }
  if (Array.isArray(node)) {
    const items = node.map((n) => compileNode(n, where));
    return (s) => {
      const out: unknown[] = [];
      for (const item of items) {
        const v = item(s);
        if (Array.isArray(v)) out.push(...v);
        else if (v !== null && v !== undefined) out.push(v);
      }
      return out;
    };
  }
  if (node === null || typeof node !== 'object') return () => node;
  const obj = node as Record<string, unknown>;
  const fields = Object.keys(obj)
    .filter((k) => !RESERVED.has(k))
    .map((k) => [k, compileNode(obj[k], where)] as const);
  const parse = (v: unknown, strict: boolean): Compiled | undefined => {
    if (v === undefined) return undefined;
    const parsed = typeof v === 'string' ? ACData.Template.parseInterpolatedString(v) : null;
    if (!(parsed instanceof Expression)) throw new Error(`card template ${where}: $data and $when must be expressions, not ${JSON.stringify(v)}`);
    return compileExpression(parsed, where, strict);
  };
  const dataOf = parse(obj.$data, true);
  const when = parse(obj.$when, false);
  const single = (s: Scope): Record<string, unknown> | null => {
    if (when && when(s) !== true) return null;
    const out: Record<string, unknown> = {};
    for (const [k, f] of fields) {
      const v = f(s);
      if (v !== undefined && v !== null) out[k] = v;
    }
    return pruned(out) ?? null;
  };
  if (!dataOf) return single;
  return (s) => {
    const d = dataOf(s);
    const list = Array.isArray(d) ? d : [d];
    const out: Record<string, unknown>[] = [];
    list.forEach((item, i) => {
      const expanded = single({ $root: s.$root, $data: item === undefined ? s.$data : item, $index: Array.isArray(d) ? i : s.$index });
      if (expanded) out.push(expanded);
    });
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  };
}

/** A card template: adaptivecards-templating's own, and the same compiled to functions. */
export interface CardTemplate {
  name: string;
  library: ACData.Template;
  compiled: Compiled;
}

/** A template from its JSON payload. */
export function compileTemplate(name: string, payload: object): CardTemplate {
  return { name, library: new ACData.Template(payload), compiled: compileNode(payload, name) };
}

/** Reads cards/<name>.json; called once per renderer module, at load time. */
export function loadTemplate(name: string): CardTemplate {
  return compileTemplate(name, JSON.parse(fs.readFileSync(path.join(TEMPLATES, `${name}.json`), 'utf8')) as object);
}

/** The compiled expansion, pruned, or undefined where only adaptivecards-templating can say what the card is. */
export function expandCompiled(template: CardTemplate, data: object): unknown {
  try {
    return template.compiled({ $root: data, $data: data });
  } catch (e) {
    if (e === UNSURE) return undefined;
    throw e;
  }
}

/** Expands a template through adaptivecards-templating itself: the cards the compiled form is unsure of, and the reference it is tested against. */
export function expandWithLibrary(template: CardTemplate, data: object): AdaptiveCard {
  const card = prune(template.library.expand({ $root: neutralizeBindings(data) }));
  if (JSON.stringify(card).includes('${')) throw new Error(`card template ${template.name}: a binding was left unfilled`);
  return card as AdaptiveCard;
}

/**
 * Expands a template with its data; a binding left unfilled is a programming error and throws. Each call
 * returns a card of its own. The compiled form answers every card Nämndbot renders, many times faster than
 * the library and without its garbage; the library answers the rest.
 */
export function expandTemplate(template: CardTemplate, data: object): AdaptiveCard {
  const fast = expandCompiled(template, data);
  return fast === undefined ? expandWithLibrary(template, data) : (fast as AdaptiveCard);
}
