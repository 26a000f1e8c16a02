/**
 * What Teams and the DOS-lagen (WCAG 2.1 AA) ask of every card Nämndbot sends: schema 1.5 at most,
 * every input labelled, every image described, no unfilled binding, unique ids, under 80 KB.
 */
const ELEMENTS_1_5 = new Set([
  'AdaptiveCard', 'TextBlock', 'RichTextBlock', 'TextRun', 'Image', 'ImageSet', 'Media', 'MediaSource', 'ColumnSet', 'Column', 'Container', 'FactSet',
  'ActionSet', 'Table', 'TableRow', 'TableCell', 'Input.Text', 'Input.Number', 'Input.Date', 'Input.Time', 'Input.Toggle', 'Input.ChoiceSet', 'Input.Choice',
  'Action.Execute', 'Action.Submit', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility',
]);
/** Properties that came after 1.5 (1.6: Input.Text/ChoiceSet extras, Carousel, CodeBlock …). */
const PROPERTIES_AFTER_1_5 = new Set(['menuActions', 'conditionallyEnabled', 'valueChangedAction', 'inlineAction', 'associatedInputs-1.6', 'carousel', 'layouts', 'targetWidth', 'themedUrls', 'iconUrl-1.6']);
const MAX_BYTES = 80 * 1024;

/** The problems of a card; empty when it may be sent. */
export function checkCard(card: unknown): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(card);
  if (Buffer.byteLength(json, 'utf8') >= MAX_BYTES) problems.push(`kortet är ${Buffer.byteLength(json, 'utf8')} byte (gräns 80 KB)`);
  if (json.includes('${')) problems.push('en mallbindning ${…} är kvar');
  const root = card as { type?: string; version?: string };
  if (root.type !== 'AdaptiveCard') problems.push('type ska vara AdaptiveCard');
  if (!root.version || Number(root.version) > 1.5) problems.push(`version ${root.version} (högst 1.5)`);
  const ids = new Set<string>();
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && !ELEMENTS_1_5.has(o.type)) problems.push(`${where}: ${o.type} finns inte i schema 1.5`);
    for (const key of Object.keys(o)) if (PROPERTIES_AFTER_1_5.has(key)) problems.push(`${where}.${key}: egenskap efter schema 1.5`);
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && o.type !== 'Input.Choice' && !(typeof o.label === 'string' && o.label.trim())) problems.push(`${where}: ${o.type} saknar label`);
    if (o.type === 'Image' && !(typeof o.altText === 'string' && o.altText.trim())) problems.push(`${where}: Image saknar altText`);
    if (typeof o.id === 'string') {
      if (ids.has(o.id)) problems.push(`${where}: id ${o.id} används två gånger`);
      ids.add(o.id);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'data') visit(v, `${where}.${k}`);
  };
  visit(card, '');
  return problems;
}
