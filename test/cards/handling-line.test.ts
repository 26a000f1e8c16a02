import { handlingLine, safeLinkUrl } from '../../src/cards/handling-line';

describe('safeLinkUrl', () => {
  it.each([
    ['https://dokument.nykoping.se/sn22-31/rapport.pdf', 'https://dokument.nykoping.se/sn22-31/rapport.pdf'],
    ['http://intranat.nykoping.se/a.pdf', 'http://intranat.nykoping.se/a.pdf'],
    ['  https://a.se/b c.pdf ', 'https://a.se/b%20c.pdf'],
    ['https://a.se/rapport (2).pdf', 'https://a.se/rapport%20%282%29.pdf'],
    ['https://a.se/Förslag.pdf', 'https://a.se/F%C3%B6rslag.pdf'],
  ])('keeps %s as a link target', (url, expected) => {
    expect(safeLinkUrl(url)).toBe(expected);
  });

  it.each([null, '', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'file:///C:/a.pdf', 'data:text/html,x', 'mailto:a@b.se', 'ftp://a.se/x', 'rapport.pdf', '//a.se/x'])(
    'refuses %s',
    (url) => {
      expect(safeLinkUrl(url)).toBeNull();
    },
  );
});

describe('handlingLine', () => {
  it('links a handling with an address and lists one without', () => {
    expect(handlingLine({ title: 'Revisionsrapport', url: 'https://a.se/r.pdf' })).toBe('- [Revisionsrapport](https://a.se/r.pdf)');
    expect(handlingLine({ title: 'Tjänsteskrivelse', url: null })).toBe('- Tjänsteskrivelse');
    expect(handlingLine({ title: 'Skript', url: 'javascript:alert(1)' })).toBe('- Skript');
  });

  it('keeps square brackets in a title from breaking the link', () => {
    expect(handlingLine({ title: 'Bilaga [2]', url: 'https://a.se/2.pdf' })).toBe('- [Bilaga (2)](https://a.se/2.pdf)');
  });
});
