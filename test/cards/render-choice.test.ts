import { checkCard, renderChoiceCard } from '../../src/cards';
import { allActions, buttonTitles, visibleTexts } from './card-reading';
import { choice, MEETING_ID } from './fixture-views';

describe('the choice card', () => {
  const card = renderChoiceCard(choice());

  it('asks "Vilket ärende menar du?" and repeats what was written', () => {
    expect(visibleTexts(card).slice(0, 2)).toEqual(['Vilket ärende menar du?', '”handlingar 1” passar flera ärenden på dagordningen. Välj ett:']);
  });

  it('offers one button per matching ärende, each carrying meetingId and arendeKey', () => {
    expect(buttonTitles(card)).toEqual([
      'Sekretessärenden 1: Särskilt förordnad vårdnadshavare',
      'Informationsärenden 1: Kvinno- och tjejjouren MIRA:s verksamhet',
      'Beslutsärenden 1: Uppföljning av arbetet med samordning av insatser för personer med samsjuklighet',
    ]);
    const actions = allActions(card);
    expect(actions.map((a) => [a.type, a.verb])).toEqual(Array(3).fill(['Action.Execute', 'handlingar.choose']));
    expect(actions.map((a) => a.data)).toEqual([
      { meetingId: MEETING_ID, arendeKey: 'Sekretessärenden§1' },
      { meetingId: MEETING_ID, arendeKey: 'Informationsärenden§1' },
      { meetingId: MEETING_ID, arendeKey: 'Beslutsärenden§1' },
    ]);
    expect(checkCard(card)).toEqual([]);
  });

  it('shows every option even beyond the six buttons Teams shows per list', () => {
    const many = renderChoiceCard({
      query: '1',
      options: Array.from({ length: 9 }, (_, i) => ({ meetingId: MEETING_ID, arendeKey: `Avsnitt ${i}§1`, label: `Avsnitt ${i} 1: Ärende` })),
    });
    expect(buttonTitles(many)).toHaveLength(9);
    expect(checkCard(many)).toEqual([]);
  });
});
