import { checkCard, renderNoticeCard } from '../../src/cards';
import { allActions, buttonTitles, visibleTexts } from './card-reading';
import { MEETING_ID } from './fixture-views';

describe('the notice card', () => {
  it('shows a reminder with one button per list, each carrying its ärende', () => {
    const card = renderNoticeCard({
      title: 'Delegationsbeslut och anmälningsärenden',
      lines: ['Begär listorna senast tisdag 6 december.'],
      actions: [
        { title: 'Begär delegationsbeslut (13)', verb: 'handlingar.request', meetingId: MEETING_ID, arendeKey: 'Beslutsärenden§13', version: 4 },
        { title: 'Begär anmälningsärenden (14)', verb: 'handlingar.request', meetingId: MEETING_ID, arendeKey: 'Beslutsärenden§14', version: 2 },
      ],
    });
    expect(visibleTexts(card)).toEqual(['Delegationsbeslut och anmälningsärenden', 'Begär listorna senast tisdag 6 december.', 'Begär delegationsbeslut (13)', 'Begär anmälningsärenden (14)']);
    expect(buttonTitles(card)).toEqual(['Begär delegationsbeslut (13)', 'Begär anmälningsärenden (14)']);
    expect(allActions(card).map((a) => a.data)).toEqual([
      { meetingId: MEETING_ID, arendeKey: 'Beslutsärenden§13', version: 4 },
      { meetingId: MEETING_ID, arendeKey: 'Beslutsärenden§14', version: 2 },
    ]);
    expect(checkCard(card)).toEqual([]);
  });

  it('has no actions list when there are no buttons', () => {
    const card = renderNoticeCard({ title: 'Påminnelse', lines: ['Inget att begära.'], actions: [] });
    expect(card.actions).toBeUndefined();
    expect(checkCard(card)).toEqual([]);
  });
});
