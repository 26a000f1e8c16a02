import { checkCard, MAX_CARD_BYTES } from '../../src/cards';

const card = (body: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...extra,
});

describe('checkCard', () => {
  it('accepts a card that uses every 1.5 element and action kind properly', () => {
    expect(
      checkCard(
        card(
          [
            { type: 'TextBlock', text: 'Rubrik', style: 'heading', wrap: true },
            { type: 'RichTextBlock', inlines: ['text', { type: 'TextRun', text: 'länk', selectAction: { type: 'Action.OpenUrl', url: 'https://nykoping.se' } }] },
            { type: 'Image', url: 'https://nykoping.se/logo.png', altText: 'Nyköpings kommuns logotyp' },
            { type: 'ImageSet', images: [{ type: 'Image', url: 'https://nykoping.se/a.png', altText: 'A' }] },
            { type: 'Media', sources: [{ mimeType: 'video/mp4', url: 'https://nykoping.se/a.mp4' }], altText: 'Film' },
            { type: 'ColumnSet', columns: [{ type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: '1' }] }] },
            { type: 'Container', items: [{ type: 'FactSet', facts: [{ title: 'Dnr', value: 'SN22/31' }] }], backgroundImage: 'https://nykoping.se/bg.png' },
            { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'Visa', targetElements: ['more'] }] },
            { type: 'Container', id: 'more', isVisible: false, items: [{ type: 'TextBlock', text: 'Mer' }] },
            {
              type: 'Table',
              columns: [{ width: 1 }, { width: 2 }],
              rows: [{ type: 'TableRow', cells: [{ type: 'TableCell', items: [{ type: 'TextBlock', text: 'a' }] }, { type: 'TableCell', items: [] }] }],
            },
            { type: 'Input.Text', id: 't', label: 'Text' },
            { type: 'Input.Number', id: 'n', label: 'Tal', min: 0 },
            { type: 'Input.Date', id: 'd', label: 'Datum' },
            { type: 'Input.Time', id: 'h', label: 'Tid' },
            { type: 'Input.Toggle', id: 'g', label: 'Val', title: 'Ja' },
            { type: 'Input.ChoiceSet', id: 'c', label: 'Välj', choices: [{ title: 'A', value: 'a' }] },
          ],
          {
            refresh: { action: { type: 'Action.Execute', verb: 'card.refresh', data: { x: 1 } }, userIds: ['u'] },
            actions: [
              { type: 'Action.Execute', verb: 'approval.approve', title: 'Godkänn', data: { version: 1 } },
              { type: 'Action.Submit', title: 'Skicka', data: { msteams: { type: 'messageBack' } } },
              { type: 'Action.OpenUrl', title: 'Öppna', url: 'https://nykoping.se' },
              { type: 'Action.ShowCard', title: 'Mer', card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'x' }] } },
            ],
            msteams: { width: 'Full' },
          },
        ),
      ),
    ).toEqual([]);
  });

  it('refuses a card above schema 1.5, or without a version', () => {
    expect(checkCard(card([], { version: '1.6' }))).toEqual(['$: version 1.6 is above 1.5']);
    expect(checkCard({ type: 'AdaptiveCard', body: [] })).toEqual(['$: version is missing']);
    expect(checkCard(card([], { version: 'latest' }))).toEqual(['$: version latest is above 1.5']);
  });

  it('refuses element and action types that came after 1.5 or do not exist', () => {
    expect(
      checkCard(
        card([{ type: 'Carousel', pages: [] }, { type: 'CodeBlock', codeSnippet: 'x' }, { type: 'Column', items: [] }], {
          actions: [{ type: 'Action.Popover', title: 'x' }, { type: 'Action.Http', title: 'y' }],
        }),
      ),
    ).toEqual([
      '$.body[0]: element type Carousel is not in schema 1.5',
      '$.body[1]: element type CodeBlock is not in schema 1.5',
      '$.body[2]: element type Column is not in schema 1.5 here (Column only stands in its own list)',
      '$.actions[0]: action type Action.Popover is not in schema 1.5',
      '$.actions[1]: action type Action.Http is not in schema 1.5',
    ]);
  });

  it('refuses properties that came after 1.5 or are misspelt', () => {
    expect(
      checkCard(
        card([
          { type: 'Input.Text', id: 'a', label: 'A', labelPosition: 'inline', inputStyle: 'default' },
          { type: 'TextBlock', text: 'x', wrapp: true },
          { type: 'Image', url: 'https://a/b.png', altText: 'b', forceLoad: true },
          { type: 'ActionSet', actions: [{ type: 'Action.Execute', verb: 'v', title: 'x', role: 'Button', conditionallyEnabled: true }] },
        ]),
      ),
    ).toEqual([
      '$.body[0]: Input.Text has no property "labelPosition" in schema 1.5',
      '$.body[0]: Input.Text has no property "inputStyle" in schema 1.5',
      '$.body[1]: TextBlock has no property "wrapp" in schema 1.5',
      '$.body[2]: Image has no property "forceLoad" in schema 1.5',
      '$.body[3].actions[0]: Action.Execute has no property "role" in schema 1.5',
      '$.body[3].actions[0]: Action.Execute has no property "conditionallyEnabled" in schema 1.5',
    ]);
  });

  it('requires a label and an id on every input, and alt text on every image, at any depth', () => {
    expect(
      checkCard(
        card([{ type: 'Container', items: [{ type: 'Input.Text', id: 'x' }, { type: 'Input.Toggle', label: ' ', title: 'Ja' }, { type: 'Image', url: 'https://a/b.png' }] }], {
          actions: [{ type: 'Action.ShowCard', title: 'Mer', card: { type: 'AdaptiveCard', body: [{ type: 'Input.Date', id: 'd', label: '' }] } }],
        }),
      ),
    ).toEqual([
      '$.body[0].items[0]: Input.Text has no label',
      '$.body[0].items[1]: Input.Toggle has no id',
      '$.body[0].items[1]: Input.Toggle has no label',
      '$.body[0].items[2]: Image has no altText',
      '$.actions[0].card.body[0]: Input.Date has no label',
    ]);
  });

  it('finds an unfilled template binding anywhere', () => {
    expect(checkCard(card([{ type: 'TextBlock', text: 'Ärende ${number}' }]))).toEqual(['a template binding ${…} is left in the card']);
  });

  it('finds an id used twice, across elements, inputs and actions', () => {
    expect(
      checkCard(card([{ type: 'Input.Text', id: 'comment', label: 'A' }], { actions: [{ type: 'Action.ShowCard', title: 'x', card: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'comment', label: 'B' }] } }] })),
    ).toEqual(['$.actions[0].card.body[0]: id "comment" is used twice']);
  });

  it(`refuses a card of ${MAX_CARD_BYTES} bytes or more`, () => {
    const problems = checkCard(card([{ type: 'TextBlock', text: 'x'.repeat(MAX_CARD_BYTES) }]));
    expect(problems).toEqual([expect.stringMatching(/^card is \d+ bytes \(limit 81920\)$/)]);
  });

  it('refuses more than six actions in one list, as Teams hides the rest', () => {
    const actions = Array.from({ length: 7 }, (_, i) => ({ type: 'Action.Execute', verb: 'v', title: `${i}` }));
    expect(checkCard(card([], { actions }))).toEqual(['$.actions: 7 actions (Teams shows 6)']);
    expect(checkCard(card([{ type: 'ActionSet', actions }]))).toEqual(['$.body[0].actions: 7 actions (Teams shows 6)']);
  });

  it('refuses links that are not http(s), in markdown and in Action.OpenUrl', () => {
    expect(
      checkCard(
        card([{ type: 'TextBlock', text: '[klicka](javascript:alert(1))' }, { type: 'FactSet', facts: [{ title: 'Fil', value: '[fil](file:///c:/x)' }] }], {
          actions: [{ type: 'Action.OpenUrl', title: 'Öppna', url: 'ms-word:ofe|u|https://x' }],
        }),
      ),
    ).toEqual([
      '$.body[0]: markdown link to "javascript:alert(1" is not http(s)',
      '$.body[1].facts[0]: markdown link to "file:///c:/x" is not http(s)',
      '$.actions[0]: Action.OpenUrl url is not http(s)',
    ]);
  });

  it('checks the refresh: an Action.Execute for at most 60 users', () => {
    expect(checkCard(card([], { refresh: { action: { type: 'Action.Submit', title: 'x' }, userIds: Array(61).fill('u') } }))).toEqual([
      '$.refresh: refresh lists 61 userIds (Teams honours 60)',
      '$.refresh: refresh action must be Action.Execute',
    ]);
  });

  it('refuses Action.ShowCard as a selectAction and objects of the wrong kind in a typed list', () => {
    expect(
      checkCard(
        card([
          { type: 'Container', items: [], selectAction: { type: 'Action.ShowCard', title: 'x', card: { type: 'AdaptiveCard', body: [] } } },
          { type: 'ColumnSet', columns: [{ type: 'TextBlock', text: 'x' }] },
        ]),
      ),
    ).toEqual(['$.body[0].selectAction: selectAction cannot be Action.ShowCard', '$.body[1].columns[0]: expected Column, found type TextBlock']);
  });

  it('refuses what is not an Adaptive Card at all', () => {
    expect(checkCard({ type: 'MessageCard', body: 'x' })).toEqual(['$: type must be AdaptiveCard', '$: version is missing', '$.body: expected a list']);
    expect(checkCard(null)).toEqual(['$: expected an object']);
  });
});
