import * as ACData from 'adaptivecards-templating';
import { expandTemplate } from '../../src/cards/expand-template';

const template = (body: unknown[], extra: Record<string, unknown> = {}): ACData.Template =>
  new ACData.Template({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...extra });

describe('expandTemplate', () => {
  it('throws when a binding has no data: a programming error, never sent to Teams', () => {
    expect(() => expandTemplate(template([{ type: 'TextBlock', text: 'Ärende ${number}' }]), 'test', {})).toThrow('card template test: a binding was left unfilled');
  });

  it('keeps data that looks like a binding, made harmless by a zero-width space', () => {
    const card = expandTemplate(template([{ type: 'TextBlock', text: '${title}' }]), 'test', { title: 'Kostnad ${x}' });
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
      'test',
      { empty: [] },
    );
    expect(card).toEqual({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body: [{ type: 'TextBlock', text: 'kvar' }] });
  });

  it('keeps numbers and lists typed when a binding is the whole value', () => {
    const card = expandTemplate(template([], { refresh: { action: { type: 'Action.Execute', verb: 'v', data: { version: '${v}' } }, userIds: '${ids}' } }), 'test', { v: 3, ids: ['a', 'b'] });
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'v', data: { version: 3 } }, userIds: ['a', 'b'] });
  });
});
