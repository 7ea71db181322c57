/**
 * Websites a task's title is about. Reports such as "www.golem.de - the page freezes" and
 * "www.digitalfernsehen.de - the page freezes", or tasks such as "Landing page for acme.com" and "Landing
 * page for globex.com", share every word but one and yet are different work: the site is the subject.
 * Hosts are compared by registrable domain, so "dict.leo.org" and "leo.org" name the same site; sites are
 * one kind of the subjects compared in `named-subjects.ts`.
 */

/** A host name as people write it in a title: labels joined by dots, ending in a top-level domain. */
const HOST_NAME = /(?<![\p{L}\p{N}_@./-])(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/giu;

/** Generic top-level domains common in task titles; two-letter country domains are accepted separately. */
const GENERIC_TLDS = new Set(['com', 'org', 'net', 'edu', 'gov', 'info', 'biz', 'app', 'dev', 'shop', 'store', 'online', 'site', 'tech', 'blog', 'news', 'media', 'agency', 'tv', 'io', 'co', 'ai', 'me']);

/**
 * Two-letter endings that are far more often file extensions than country domains in a tracker
 * ("README.md", "build.sh", "main.rs", "setup.py", "Makefile.in").
 */
const FILE_LIKE_ENDINGS = new Set(['md', 'sh', 'rs', 'py', 'ps', 'cc', 'cs', 'js', 'ts', 'so', 'db', 'gz', 'xz', 'mk', 'in', 'ml', 'go', 'kt', 'pm', 'hh', 'el', 'nb', 'am']);

/** Second-level labels under which a country registers names ("acme.co.uk", "acme.com.pl"). */
const SECOND_LEVEL = /^(co|com|org|net|gov|edu|ac)$/;

/**
 * The registrable domains named in a text ("www.shop.acme.co.uk/x" → "acme.co.uk"), lower-case, sorted,
 * without repeats. File names ("cs_nav_prefs.xhtml", "README.md") are not sites.
 *
 * @example
 * sitesNamedIn('www.golem.de - The page freezes') // ['golem.de']
 * sitesNamedIn('Page content does not load on dict.leo.org') // ['leo.org']
 * sitesNamedIn('Strona docelowa dla allegro.pl i https://www.ceneo.pl/promo') // ['allegro.pl', 'ceneo.pl']
 * sitesNamedIn('Typo in privacy_help.xhtml and README.md') // []
 */
export function sitesNamedIn(text: string): string[] {
  const sites = new Set<string>();
  for (const match of text.matchAll(HOST_NAME)) {
    const host = (match[1] ?? '').toLowerCase();
    const ending = (match[2] ?? '').toLowerCase();
    const isCountry = ending.length === 2 && !FILE_LIKE_ENDINGS.has(ending);
    if (!isCountry && !GENERIC_TLDS.has(ending)) continue;
    const labels = host.split('.');
    const secondLevel = labels[labels.length - 2] ?? '';
    const keep = labels.length >= 3 && isCountry && SECOND_LEVEL.test(secondLevel) ? 3 : 2;
    if (labels.length < 2 || /^\d+$/.test(labels[labels.length - keep] ?? '')) continue;
    sites.add(labels.slice(-keep).join('.'));
  }
  return [...sites].sort();
}
