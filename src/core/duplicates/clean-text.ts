import { findUrls } from './asset-references';

/**
 * Lines that trackers and issue forms add to every report. They say nothing about the work, and because
 * every report has them they would make unrelated reports look alike.
 */
const BOILERPLATE_LINE = new RegExp(
  [
    String.raw`^\s*(user[- ]?agent|build id|build identifier|os version|vs ?code version|version|platform|extensions?|system info|environment)\s*:.*$`,
    String.raw`^\s*(steps to reproduce|actual results?|expected results?|additional (info|information|context)|description|summary|reproducible|reproduction steps|workaround)\s*:?\s*$`,
    String.raw`^\s*(шаги (для )?воспроизведения|ожидаемый результат|фактический результат|описание)\s*:?\s*$`,
    String.raw`^\s*(kroki (do )?odtworzenia|oczekiwany rezultat|oczekiwany wynik|rzeczywisty wynik|opis)\s*:?\s*$`,
    String.raw`^\s*(issue type|type|тип проблемы|typ problemu)\s*:\s*(<b>)?[\p{L} ]{1,40}(</b>)?\s*$`,
    // A browser's user-agent string on any line: every report from the same browser carries it.
    String.raw`^.*\bmozilla\/\d\.\d \(.*$`,
    String.raw`^\s*(issue troubleshooting has identified|does this issue occur when all extensions are disabled).*$`,
  ].join('|'),
  'iu',
);

/** A line of a stack trace or a crash log: JavaScript/Java frames, native frames, file:line locations. */
const STACK_TRACE_LINE = new RegExp(
  [
    String.raw`^\s*at\s+[\w$.<>\[\]/ ]+\s*\(?[^\s)]*:\d+(:\d+)?\)?\s*$`,
    String.raw`^\s*#?\d+\s+0x[0-9a-f]{4,}\b.*$`,
    String.raw`^\s*[\w$.]+@\S+:\d+(:\d+)?\s*$`,
    String.raw`^\s*(traceback \(most recent call last\)|file ".*", line \d+).*$`,
    String.raw`^.*\b(at|in|from)\s+\S+\.(js|jsm|mjs|ts|java|cpp|cc|c|h|py|rs|go|kt|cs)[:(]\d+.*$`,
  ].join('|'),
  'i',
);

/** Ticket keys such as "WEB-123" identify tickets, they do not describe work. */
const TICKET_KEY = /\b[A-Z][A-Z0-9]{1,9}-\d+\b/g;

/**
 * Reduces a title or description to the words that describe the work: code blocks, stack traces,
 * boilerplate lines, HTML tags and entities, URLs and ticket keys go; Markdown link texts stay.
 *
 * @example
 * cleanText('Steps to reproduce:\nOpen https://acme.com/x and see WEB-12\n```\nconst a = 1;\n```')
 * // keeps "Open", "acme" (the site), "and", "see"; drops the boilerplate line, the ticket key and the code
 */
export function cleanText(text: string): string {
  let cleaned = text.normalize('NFC').replace(/\r\n?/g, '\n');
  cleaned = cleaned.replace(/```[\s\S]*?(```|$)/g, '\n');
  // HTML comments are invisible where the text is read (Markdown, rich text); issue forms keep metadata in them.
  cleaned = cleaned.replace(/<!--[\s\S]*?(-->|$)/g, ' ');
  cleaned = cleaned.replace(/\{(code|noformat)[^}]*\}[\s\S]*?(\{\1\}|$)/g, '\n');
  cleaned = cleaned
    .split('\n')
    .filter((line) => !BOILERPLATE_LINE.test(line) && !STACK_TRACE_LINE.test(line))
    .join('\n');
  cleaned = cleaned.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  cleaned = cleaned.replace(/<\/?[a-z][^>]*>/gi, ' ');
  cleaned = cleaned.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity) => decodeEntity(entity));
  cleaned = cleaned.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  for (const url of findUrls(cleaned)) cleaned = cleaned.split(url).join(` ${siteNameOf(url)} `);
  cleaned = cleaned.replace(TICKET_KEY, ' ');
  return cleaned
    .split('\n')
    .filter((line) => !BOILERPLATE_LINE.test(line) && !STACK_TRACE_LINE.test(line))
    .join('\n');
}

/**
 * The name of the site a URL points at ("https://www.tomsguide.com/x" → "tomsguide"): in "acme.com - banner
 * is broken" the site is what the task is about, while the rest of a URL is noise that would dominate.
 */
function siteNameOf(url: string): string {
  const host = url.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0] ?? '';
  const labels = host.toLowerCase().split('.').filter((label) => label !== 'www' && label !== '');
  if (labels.length <= 1) return labels.join(' ');
  const withoutTld = labels.slice(0, -1);
  const secondLevel = withoutTld[withoutTld.length - 1];
  if (withoutTld.length > 1 && secondLevel !== undefined && /^(co|com|org|net|gov|edu|ac)$/.test(secondLevel)) withoutTld.pop();
  return withoutTld[withoutTld.length - 1] ?? '';
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1).toLowerCase();
  if (body.startsWith('#')) {
    const codePoint = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ' ';
  }
  return NAMED_ENTITIES[body] ?? ' ';
}
