import fc from 'fast-check';
import * as expansion from '../../src/cards/expand-template';
import { compileTemplate, expandCompiled, expandTemplate, expandWithLibrary, type CardTemplate } from '../../src/cards/expand-template';
import { renderArendeCard, renderOverviewCard, type ArendeCardView, type OverviewCardView } from '../../src/cards';
import { allCards } from './all-cards';

const template = (body: unknown[], extra: Record<string, unknown> = {}): CardTemplate =>
  compileTemplate('test', { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...extra });

describe('expandTemplate', () => {
  it('throws when a binding has no data: a programming error, never sent to Teams', () => {
    expect(() => expandTemplate(template([{ type: 'TextBlock', text: 'Ärende ${number}' }]), {})).toThrow('card template test: a binding was left unfilled');
  });

  it('keeps data that looks like a binding, made harmless by a zero-width space', () => {
    const card = expandTemplate(template([{ type: 'TextBlock', text: '${title}' }]), { title: 'Kostnad ${x}' });
    expect(card.body).toEqual([{ type: 'TextBlock', text: 'Kostnad $\u200B{x}' }]);
  });

  it('drops what $when left empty: facts, containers, column and action sets, actions and nulls', () => {
    const card = expandTemplate(
      template(
        [
          { type: 'FactSet', facts: [{ $when: '${false}', title: 'a', value: 'b' }] },
          { type: 'Container', items: [{ $when: '${false}', type: 'TextBlock', text: 'x' }] },
          { type: 'ColumnSet', columns: [{ $data: '${empty}', type: 'Column', items: [] }] },
          { type: 'ActionSet', actions: [{ $data: '${empty}', type: 'Action.Execute', verb: 'v', title: 't' }] },
          { type: 'TextBlock', text: 'kvar' },
        ],
        { refresh: { $when: '${false}', userIds: [] }, actions: [{ $when: '${false}', type: 'Action.Execute', verb: 'v', title: 't' }] },
      ),
      { empty: [] },
    );
    expect(card).toEqual({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body: [{ type: 'TextBlock', text: 'kvar' }] });
  });

  it('keeps numbers and lists typed when a binding is the whole value', () => {
    const card = expandTemplate(template([], { refresh: { action: { type: 'Action.Execute', verb: 'v', data: { version: '${v}' } }, userIds: '${ids}' } }), { v: 3, ids: ['a', 'b'] });
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'v', data: { version: 3 } }, userIds: ['a', 'b'] });
  });

  it('repeats an element for each item of $data, with $data, $index and $root in reach', () => {
    const t = template([{ $data: '${people}', $when: '${$index != 1}', type: 'TextBlock', text: '${$index}: ${name}, ${$root.committee}' }]);
    const data = { committee: 'Socialnämnden', people: [{ name: 'Lena' }, { name: 'Allan' }, { name: 'Marjo' }] };
    expect(expandCompiled(t, data)).toBeDefined();
    expect(expandTemplate(t, data).body).toEqual([
      { type: 'TextBlock', text: '0: Lena, Socialnämnden' },
      { type: 'TextBlock', text: '2: Marjo, Socialnämnden' },
    ]);
  });

  it('leaves to adaptivecards-templating what only it can answer, and answers the same', () => {
    // count() of something that is not a list, and a field the data lacks inside a text
    const t = template([{ $when: '${count(n) > 0}', type: 'TextBlock', text: 'a' }, { type: 'TextBlock', text: 'Avsnitt ${section}' }]);
    expect(expandCompiled(t, { n: 5, section: 'x' })).toBeUndefined();
    expect(expandTemplate(t, { n: 5, section: 'x' })).toEqual(expandWithLibrary(t, { n: 5, section: 'x' }));
    expect(expandCompiled(t, { n: [1] })).toBeUndefined();
    expect(() => expandTemplate(t, { n: [1] })).toThrow('a binding was left unfilled');
  });

  it('leaves to the library a name in another case and a property of a list, which it reads its own way', () => {
    const t = template([{ $when: '${Visible}', type: 'TextBlock', text: 'a' }, { $when: '${items.length > 0}', type: 'TextBlock', text: 'b' }]);
    expect(expandCompiled(t, { visible: true, items: [] })).toBeUndefined();
    expect(expandTemplate(t, { visible: true, items: [] })).toEqual(expandWithLibrary(t, { visible: true, items: [] }));
  });

  it('refuses, when it is loaded, a template with an expression it does not compile', () => {
    expect(() => template([{ type: 'TextBlock', text: '${toUpper(title)}' }])).toThrow(/toUpper\(title\).*does not compile/);
  });
});

describe('the compiled templates beside adaptivecards-templating', () => {
  /** The template and data of every expansion `render` makes. */
  const expansionsOf = (render: () => void): Array<[CardTemplate, object]> => {
    const spy = jest.spyOn(expansion, 'expandTemplate');
    try {
      render();
      return spy.mock.calls;
    } finally {
      spy.mockRestore();
    }
  };
  const sameAsLibrary = ([t, data]: [CardTemplate, object]): void => {
    expect(expandCompiled(t, data)).toBeDefined();
    expect(expandTemplate(t, data)).toEqual(expandWithLibrary(t, data));
  };

  it('expand every card kind, in each state, to the same card, without falling back', () => {
    const calls = expansionsOf(() => allCards());
    expect(new Set(calls.map(([t]) => t.name)).size).toBe(9);
    calls.forEach(sameAsLibrary);
  });

  const text = fc.oneof(fc.string(), fc.constantFrom('', '${title}', 'Ärende ${x}', 'åäö §1', '0'));
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
  const arendeView: fc.Arbitrary<ArendeCardView> = fc.record({
    ref: fc.record({ meetingId: text, arendeKey: text, version: fc.nat() }),
    meetingTitle: text, number: text, title: text, dnr: maybe(text), section: maybe(text), presenter: maybe(text), decidedBy: text, sekretess: fc.boolean(),
    handlingar: fc.array(fc.record({ title: text, url: maybe(fc.webUrl()) }), { maxLength: 4 }),
    approvals: fc.array(fc.record({ text, tone: fc.constantFrom('good', 'attention', 'warning', 'default') as fc.Arbitrary<'good'> }), { maxLength: 5 }),
    requestDeadlineText: maybe(text), omedelbarJustering: fc.boolean(),
    buttons: fc.record({ approve: fc.boolean(), requestChanges: fc.boolean(), requestHandlingar: fc.boolean() }),
    refresh: maybe(fc.record({ userIds: fc.array(text, { maxLength: 3 }) })),
  });
  const overviewView: fc.Arbitrary<OverviewCardView> = fc.record({
    meetingId: text, meetingTitle: text, when: text, approvalSummary: text, requestDeadlineText: maybe(text),
    missing: fc.array(fc.record({ number: text, title: text, status: text }), { maxLength: 4 }),
    items: fc.array(fc.record({ number: text, title: text, section: maybe(fc.constantFrom('Beslutsärenden', 'Informationsärenden')), status: text }), { maxLength: 8 }),
  });

  it('expand any ärende card and any overview to the same card', () => {
    fc.assert(fc.property(arendeView, (v) => expansionsOf(() => renderArendeCard(v)).forEach(sameAsLibrary)), { numRuns: 300 });
    fc.assert(fc.property(overviewView, (v) => expansionsOf(() => renderOverviewCard(v)).forEach(sameAsLibrary)), { numRuns: 300 });
  });
});
