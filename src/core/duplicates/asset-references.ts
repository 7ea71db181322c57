/**
 * Asset references: the external things a task points at (a stock photo, a landing page, a shared file).
 * Two tasks that reference the same asset overlap even when their words differ, so references are kept
 * apart from the words and compared exactly after normalisation.
 */

/** Query parameters that say where a click came from, not what was linked. */
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|igshid|_ga|si)$/i;

/**
 * Stock libraries name a photo by a numeric id that survives renaming and resizing; these patterns find
 * the id in file names ("shutterstock_123456789.jpg", "AdobeStock_98765") and in the libraries' URLs.
 */
const STOCK_PHOTO_PATTERNS: ReadonlyArray<{ library: string; pattern: RegExp }> = [
  { library: 'shutterstock', pattern: /\bshutterstock[_\-\s]?(?:id[_\-\s]?)?(\d{5,12})\b/gi },
  { library: 'shutterstock', pattern: /shutterstock\.com\/[^\s"'<>]*?-(\d{5,12})(?=[/?#"'\s<>]|$)/gi },
  { library: 'adobestock', pattern: /\badobe[_\-\s]?stock[_\-\s#]?(?:id[_\-\s]?)?(\d{5,12})\b/gi },
  { library: 'adobestock', pattern: /stock\.adobe\.com\/(?:[a-z]{2}\/)?(?:images|video|templates)\/[^\s"'<>]*?\/(\d{5,12})(?=[/?#"'\s<>]|$)/gi },
  { library: 'istock', pattern: /\bistock(?:photo)?[_\-\s]?(?:id[_\-\s]?)?(\d{5,12})\b/gi },
  { library: 'istock', pattern: /istockphoto\.com\/[^\s"'<>]*?gm(\d{5,12})(?=[-/?#"'\s<>]|$)/gi },
  { library: 'getty', pattern: /\bgetty[_\-\s]?(?:images)?[_\-\s]?(?:id[_\-\s]?)?(\d{5,12})\b/gi },
  { library: 'getty', pattern: /gettyimages\.[a-z.]+\/detail\/[^\s"'<>]*?\/(\d{5,12})(?=[/?#"'\s<>]|$)/gi },
  { library: 'depositphotos', pattern: /\bdepositphotos[_\-\s]?(\d{5,12})\b/gi },
  { library: 'unsplash', pattern: /unsplash\.com\/photos\/(?:[a-z0-9-]*-)?([A-Za-z0-9_]{11})(?=[/?#"'\s<>]|$)/g },
];

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]|]+/gi;

/**
 * Normalises a URL so that the same page compares equal however it was pasted: no scheme, no "www.",
 * lower-case host, no fragment, no tracking parameters, sorted remaining parameters, no trailing slash.
 * Returns undefined for a bare host ("acme.com/"): a whole site is too broad to call one asset.
 *
 * @example
 * normaliseUrl('HTTPS://www.Acme.com/Spring/?utm_source=mail#top') // 'acme.com/Spring'
 * normaliseUrl('https://acme.com/') // undefined
 */
export function normaliseUrl(raw: string): string | undefined {
  const trimmed = raw.replace(/[.,;:!?]+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  const parameters = [...parsed.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  if (path === '' && parameters.length === 0) return undefined;
  return `${host}${path}${parameters.length > 0 ? `?${parameters.join('&')}` : ''}`;
}

/**
 * Finds the URLs in a text, as written, so that callers can both remove them from the words and keep them
 * as references.
 *
 * @example
 * findUrls('Brief: https://acme.com/brief.pdf, see also www.acme.com/faq') // ['https://acme.com/brief.pdf', 'www.acme.com/faq']
 */
export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => match[0].replace(/[.,;:!?]+$/, ''));
}

/**
 * The asset references in a text: normalised URLs plus stock-photo ids ("stock:shutterstock:123456789").
 * Sorted and without repeats.
 *
 * @example
 * extractAssetReferences('Use shutterstock_1234567.jpg from https://acme.com/assets/hero?utm_source=x')
 * // ['acme.com/assets/hero', 'stock:shutterstock:1234567']
 */
export function extractAssetReferences(text: string): string[] {
  const references = new Set<string>();
  for (const url of findUrls(text)) {
    const normalised = normaliseUrl(url);
    if (normalised !== undefined) references.add(normalised);
  }
  for (const { library, pattern } of STOCK_PHOTO_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (match[1] !== undefined) references.add(`stock:${library}:${match[1]}`);
    }
  }
  return [...references].sort();
}
