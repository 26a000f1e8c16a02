/**
 * What Teams and accessibility (DOS-lagen, WCAG 2.1 AA) ask of every card Nämndbot sends: schema 1.5 at
 * most, every input labelled, every image described, no unfilled binding, unique ids, under 80 KB.
 * The allow-lists below are the Adaptive Cards 1.5 schema: anything newer (1.6's labelPosition, role,
 * Carousel, …) or misspelt is reported, because Teams clients silently drop what they do not know.
 */

/** Teams accepts about 100 KB per message; we keep cards well under that. */
export const MAX_CARD_BYTES = 80 * 1024;
/** Teams shows at most six buttons per actions list. */
export const MAX_ACTIONS = 6;
/** Teams honours a refresh for at most 60 userIds. */
const MAX_REFRESH_USERS = 60;

const ELEMENT = ['type', 'id', 'requires', 'fallback', 'isVisible', 'separator', 'spacing', 'height'];
const INPUT = [...ELEMENT, 'label', 'isRequired', 'errorMessage', 'value'];
const ACTION = ['type', 'id', 'requires', 'fallback', 'title', 'iconUrl', 'style', 'mode', 'tooltip', 'isEnabled'];
const CONTAINER = ['items', 'selectAction', 'style', 'verticalContentAlignment', 'bleed', 'backgroundImage', 'minHeight', 'rtl'];
const CARD = ['type', 'version', '$schema', 'body', 'actions', 'refresh', 'authentication', 'selectAction', 'fallbackText', 'backgroundImage', 'minHeight', 'rtl', 'speak', 'lang', 'verticalContentAlignment', 'msteams'];

/** Elements allowed in body and items, with their 1.5 properties. */
const ELEMENTS: Record<string, string[]> = {
  TextBlock: [...ELEMENT, 'text', 'color', 'fontType', 'horizontalAlignment', 'isSubtle', 'maxLines', 'size', 'weight', 'wrap', 'style'],
  RichTextBlock: [...ELEMENT, 'inlines', 'horizontalAlignment'],
  Image: [...ELEMENT, 'url', 'altText', 'backgroundColor', 'horizontalAlignment', 'selectAction', 'size', 'style', 'width'],
  ImageSet: [...ELEMENT, 'images', 'imageSize'],
  Media: [...ELEMENT, 'sources', 'poster', 'altText'],
  ColumnSet: [...ELEMENT, 'columns', 'selectAction', 'style', 'bleed', 'minHeight', 'horizontalAlignment'],
  Container: [...ELEMENT, ...CONTAINER],
  FactSet: [...ELEMENT, 'facts'],
  ActionSet: [...ELEMENT, 'actions'],
  Table: [...ELEMENT, 'columns', 'rows', 'firstRowAsHeaders', 'showGridLines', 'gridStyle', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
  'Input.Text': [...INPUT, 'isMultiline', 'maxLength', 'placeholder', 'style', 'inlineAction', 'regex'],
  'Input.Number': [...INPUT, 'max', 'min', 'placeholder'],
  'Input.Date': [...INPUT, 'max', 'min', 'placeholder'],
  'Input.Time': [...INPUT, 'max', 'min', 'placeholder'],
  'Input.Toggle': [...INPUT, 'title', 'valueOff', 'valueOn', 'wrap'],
  'Input.ChoiceSet': [...INPUT, 'choices', 'isMultiSelect', 'style', 'placeholder', 'wrap'],
};

/** Actions, with their 1.5 properties. */
const ACTIONS: Record<string, string[]> = {
  'Action.Execute': [...ACTION, 'verb', 'data', 'associatedInputs'],
  'Action.Submit': [...ACTION, 'data', 'associatedInputs'],
  'Action.OpenUrl': [...ACTION, 'url'],
  'Action.ShowCard': [...ACTION, 'card'],
  'Action.ToggleVisibility': [...ACTION, 'targetElements'],
};

/** Objects that only appear in one place (a Column in ColumnSet.columns, a Fact in FactSet.facts …). */
const NESTED: Record<string, string[]> = {
  AdaptiveCard: CARD,
  Column: [...ELEMENT, ...CONTAINER, 'width'],
  TextRun: ['type', 'text', 'color', 'fontType', 'highlight', 'isSubtle', 'italic', 'selectAction', 'size', 'strikethrough', 'underline', 'weight'],
  TableColumnDefinition: ['type', 'width', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
  TableRow: ['type', 'cells', 'style', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
  TableCell: ['type', ...CONTAINER],
  Fact: ['title', 'value'],
  'Input.Choice': ['type', 'title', 'value'],
  MediaSource: ['mimeType', 'url'],
  BackgroundImage: ['url', 'fillMode', 'horizontalAlignment', 'verticalAlignment'],
  Refresh: ['action', 'userIds'],
};

/** Properties whose content is not card structure: action data, Teams' own extension, sign-in settings. */
const OPAQUE = new Set(['data', 'msteams', 'authentication', 'targetElements']);

type Place = 'element' | 'action' | 'selectAction' | keyof typeof NESTED;

/** What a property of an object of `kind` holds. */
function placeOf(kind: string, key: string): { place: Place; list: boolean } | null {
  switch (key) {
    case 'body':
    case 'items':
      return { place: 'element', list: true };
    case 'actions':
      return { place: 'action', list: true };
    case 'selectAction':
      return { place: 'selectAction', list: false };
    case 'card':
      return { place: 'AdaptiveCard', list: false };
    case 'columns':
      return { place: kind === 'Table' ? 'TableColumnDefinition' : 'Column', list: true };
    case 'inlines':
      return { place: 'TextRun', list: true };
    case 'rows':
      return { place: 'TableRow', list: true };
    case 'cells':
      return { place: 'TableCell', list: true };
    case 'facts':
      return { place: 'Fact', list: true };
    case 'choices':
      return { place: 'Input.Choice', list: true };
    case 'images':
      return { place: 'Image', list: true };
    case 'sources':
      return { place: 'MediaSource', list: true };
    case 'backgroundImage':
      return { place: 'BackgroundImage', list: false };
    case 'refresh':
      return { place: 'Refresh', list: false };
    case 'action':
      return kind === 'Refresh' ? { place: 'action', list: false } : null;
    case 'fallback':
      return { place: ACTIONS[kind] ? 'action' : 'element', list: false };
    default:
      return null;
  }
}

const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
const isHttp = (url: unknown): boolean => typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);

/** "1.5" → 105; anything else → NaN. */
function versionNumber(v: unknown): number {
  const m = typeof v === 'string' ? /^(\d+)\.(\d+)$/.exec(v) : null;
  return m ? Number(m[1]) * 100 + Number(m[2]) : NaN;
}

/** Markdown link targets in a text: only http(s) links may be sent. */
function badLinks(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return [...text.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1] ?? '').filter((url) => !isHttp(url));
}

/** The problems of a card, as English sentences with a JSON path; empty when it may be sent. */
export function checkCard(card: unknown): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(card) ?? '';
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes >= MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes (limit ${MAX_CARD_BYTES})`);
  if (json.includes('${')) problems.push('a template binding ${…} is left in the card');

  const ids = new Set<string>();

  const visit = (node: unknown, kind: string, where: string, root: boolean): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      problems.push(`${where}: expected an object`);
      return;
    }
    const o = node as Record<string, unknown>;
    const allowed = ELEMENTS[kind] ?? ACTIONS[kind] ?? NESTED[kind] ?? [];
    for (const key of Object.keys(o)) if (!allowed.includes(key)) problems.push(`${where}: ${kind} has no property "${key}" in schema 1.5`);

    if (kind === 'AdaptiveCard') {
      if (o.type !== 'AdaptiveCard') problems.push(`${where}: type must be AdaptiveCard`);
      const v = versionNumber(o.version);
      if (root && o.version === undefined) problems.push(`${where}: version is missing`);
      else if (o.version !== undefined && !(v <= 105)) problems.push(`${where}: version ${String(o.version)} is above 1.5`);
    }
    if (kind.startsWith('Input.') && kind !== 'Input.Choice') {
      if (!nonEmpty(o.id)) problems.push(`${where}: ${kind} has no id`);
      if (!nonEmpty(o.label)) problems.push(`${where}: ${kind} has no label`);
    }
    if (kind === 'Image' && !nonEmpty(o.altText)) problems.push(`${where}: Image has no altText`);
    if (kind === 'Action.OpenUrl' && !isHttp(o.url)) problems.push(`${where}: Action.OpenUrl url is not http(s)`);
    if (kind === 'Refresh') {
      if (!Array.isArray(o.userIds)) problems.push(`${where}: refresh has no userIds list`);
      else if (o.userIds.length > MAX_REFRESH_USERS) problems.push(`${where}: refresh lists ${o.userIds.length} userIds (Teams honours ${MAX_REFRESH_USERS})`);
      if ((o.action as { type?: unknown } | undefined)?.type !== 'Action.Execute') problems.push(`${where}: refresh action must be Action.Execute`);
    }
    for (const text of [o.text, kind === 'Fact' ? o.title : undefined, kind === 'Fact' ? o.value : undefined]) {
      for (const url of badLinks(text)) problems.push(`${where}: markdown link to "${url}" is not http(s)`);
    }
    if (typeof o.id === 'string') {
      if (ids.has(o.id)) problems.push(`${where}: id "${o.id}" is used twice`);
      ids.add(o.id);
    }

    for (const [key, value] of Object.entries(o)) {
      if (OPAQUE.has(key)) continue;
      const at = placeOf(kind, key);
      if (!at) continue;
      const path = `${where}.${key}`;
      if (at.list) {
        if (!Array.isArray(value)) {
          problems.push(`${path}: expected a list`);
          continue;
        }
        if (at.place === 'action' && value.length > MAX_ACTIONS) problems.push(`${path}: ${value.length} actions (Teams shows ${MAX_ACTIONS})`);
        value.forEach((item, i) => child(item, at.place, `${path}[${i}]`));
      } else {
        child(value, at.place, path);
      }
    }
  };

  /** Resolves the kind of an object from where it stands and its "type". */
  const child = (node: unknown, place: Place, where: string): void => {
    if (place === 'TextRun' && typeof node === 'string') return;
    if (place === 'BackgroundImage' && typeof node === 'string') return;
    if (node === 'drop') return;
    const type = node && typeof node === 'object' ? (node as { type?: unknown }).type : undefined;
    if (place === 'element' || place === 'action' || place === 'selectAction') {
      const known = place === 'element' ? ELEMENTS : ACTIONS;
      if (typeof type !== 'string' || !known[type]) {
        const what = place === 'element' ? 'element' : 'action';
        problems.push(`${where}: ${what} type ${typeof type === 'string' ? type : '(none)'} is not in schema 1.5${typeof type === 'string' && NESTED[type] ? ` here (${type} only stands in its own list)` : ''}`);
        return;
      }
      if (place === 'selectAction' && type === 'Action.ShowCard') problems.push(`${where}: selectAction cannot be Action.ShowCard`);
      visit(node, type, where, false);
      return;
    }
    if (type !== undefined && type !== place) {
      problems.push(`${where}: expected ${place}, found type ${String(type)}`);
      return;
    }
    visit(node, place, where, false);
  };

  visit(card, 'AdaptiveCard', '$', true);
  return problems;
}
