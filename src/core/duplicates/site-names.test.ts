import { sitesNamedIn } from './site-names';

describe('sitesNamedIn', () => {
  it('finds the site a web-compatibility report is about, with or without scheme and www', () => {
    // Real SeaMonkey titles.
    expect(sitesNamedIn('www.golem.de - The page freezes and presents performance issues')).toEqual(['golem.de']);
    expect(sitesNamedIn('cannot log in to https://addons.thunderbird.net/en-US/seamonkey/ with SeaMonkey')).toEqual(['thunderbird.net']);
    expect(sitesNamedIn('SeaMonkey hangs with script errors on duden.de')).toEqual(['duden.de']);
  });

  it('compares sites by registrable domain, so a subdomain names the same site', () => {
    expect(sitesNamedIn('dict.leo.org renders blank')).toEqual(['leo.org']);
    expect(sitesNamedIn('Bug entry forms on bugzilla.mozilla.org not working')).toEqual(['mozilla.org']);
    expect(sitesNamedIn('Banner for shop.acme.co.uk and www.acme.com.pl')).toEqual(['acme.co.uk', 'acme.com.pl']);
  });

  it('reads sites in Polish and Russian titles', () => {
    expect(sitesNamedIn('Strona docelowa dla allegro.pl i https://www.ceneo.pl/promo')).toEqual(['allegro.pl', 'ceneo.pl']);
    expect(sitesNamedIn('Лендинг для ozon.ru к Черной пятнице')).toEqual(['ozon.ru']);
  });

  it('does not take file names, versions or abbreviations for sites', () => {
    expect(sitesNamedIn('[De] privacy_help.xhtml: Dead Link')).toEqual([]);
    expect(sitesNamedIn('Update README.md and build.sh for 2.53.17')).toEqual([]);
    expect(sitesNamedIn('Menu broken, e.g. in SeaMonkey 2.53.x')).toEqual([]);
    expect(sitesNamedIn('Contact me at anna@acme.com')).toEqual([]);
  });
});
