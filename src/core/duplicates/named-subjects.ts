import { sitesNamedIn } from './site-names';

/**
 * The concrete things a task's title is about: a website, a file, a ticket. Titles written from one
 * template ("www.golem.de - The page freezes", "[De] mailnews_security.xhtml: Typos", "Port Bug 1647039 to
 * SeaMonkey", "Banner for hero_spring.psd") share every word but the subject, and two such tasks are two
 * pieces of work however alike the rest reads. Each subject carries its kind ("site:golem.de",
 * "file:privacy_help.xhtml", "ticket:#1647039") because only subjects of one kind can contradict
 * each other: a title naming a file says nothing against one naming a site.
 */

/**
 * A file name with an extension people write in titles: documents, images and videos that marketing
 * work is about, and the source and page files of software trackers; after a path, only the base name.
 */
const FILE_NAME =
  /(?<![\p{L}\p{N}_@.-])([\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:x?html?|xul|php|aspx?|jsx?|mjs|jsm|tsx?|css|s[ac]ss|dtd|properties|ftl|ini|xml|json|ya?ml|toml|h|hh|hpp|c|cc|cpp|rs|py|java|kt|go|cs|rb|swift|sh|sql|md|txt|csv|pdf|docx?|xlsx?|pptx?|odt|psd|ai|indd|eps|sketch|fig|png|jpe?g|gif|svg|webp|tiff?|mp4|mov|avi|mp3|wav|zip))(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/giu;

/**
 * A reference to another ticket: "Bug 1647039", "issue #812", "задача 4512", "zadanie 77", "#4521". Bare
 * numbers are not references: they are counts, sizes and years.
 */
const TICKET_REFERENCE = /(?<![\p{L}\p{N}_])(?:(?:bug|issue|ticket|task|баг|задача|zadanie|zgłoszenie)\s*#?\s*(\d{2,})|#(\d{3,}))(?![\p{L}\p{N}_])/giu;

/** A Jira issue key ("WEB-123"), written in capitals; "rust-1.73" and "Windows-10" are not keys. */
const JIRA_KEY = /(?<![\p{L}\p{N}_-])([A-Z][A-Z0-9]{1,9}-\d+)(?![\p{L}\p{N}_-]|\.\d)/gu;

/** Names of standards and encodings that look like Jira keys. */
const NOT_JIRA_PROJECTS = new Set(['UTF', 'ISO', 'SHA', 'COVID', 'MP3', 'H264']);

/**
 * The files a text names, by base name, lower-case, sorted, without repeats.
 *
 * @example
 * filesNamedIn('[De] mailnews_security.xhtml: Typos') // ['mailnews_security.xhtml']
 * filesNamedIn('Retouch assets/hero_spring.PSD and export hero_spring.png') // ['hero_spring.png', 'hero_spring.psd']
 * filesNamedIn('www.golem.de - The page freezes in 2.53.1') // []
 */
export function filesNamedIn(text: string): string[] {
  const files = new Set<string>();
  if (!text.includes('.')) return [];
  for (const match of text.matchAll(FILE_NAME)) files.add((match[1] ?? '').toLowerCase());
  return [...files].sort();
}

/**
 * The tickets a text refers to, sorted, without repeats: a number as "#1647039" however it was introduced
 * ("Bug 1647039", "issue #1647039"), a Jira key as written.
 *
 * @example
 * ticketsNamedIn('Port packaging parts of Bug 1647039 to SeaMonkey') // ['#1647039']
 * ticketsNamedIn('Follow-up to WEB-12 and #4521') // ['#4521', 'WEB-12']
 * ticketsNamedIn('Print 5000 flyers for 2026') // []
 */
export function ticketsNamedIn(text: string): string[] {
  const tickets = new Set<string>();
  if (!/\d/.test(text)) return [];
  for (const match of text.matchAll(TICKET_REFERENCE)) {
    tickets.add(`#${match[1] ?? match[2] ?? ''}`);
  }
  for (const match of text.matchAll(JIRA_KEY)) {
    const key = match[1] ?? '';
    if (!NOT_JIRA_PROJECTS.has(key.slice(0, key.indexOf('-')))) tickets.add(key);
  }
  return [...tickets].sort();
}

/**
 * The subjects a title names, each prefixed with its kind, sorted.
 *
 * @example
 * subjectsNamedIn('www.golem.de - The page freezes') // ['site:golem.de']
 * subjectsNamedIn('Fix JS strict warning in addHistory in cZ static.js after Bug 1452645') // ['file:static.js', 'ticket:#1452645']
 */
export function subjectsNamedIn(title: string): string[] {
  return [
    ...sitesNamedIn(title).map((site) => `site:${site}`),
    ...filesNamedIn(title).map((file) => `file:${file}`),
    ...ticketsNamedIn(title).map((ticket) => `ticket:${ticket}`),
  ].sort();
}

/**
 * Whether two titles are about different subjects: for some kind, both name at least one subject of it
 * and none in common. Such tasks may be related (the same symptom on two sites, the same typo fix in
 * two files) but are not the same piece of work.
 *
 * @example
 * nameDifferentSubjects(['site:golem.de'], ['site:digitalfernsehen.de']) // true
 * nameDifferentSubjects(['file:mailnews_security.xhtml'], ['file:mailnews_preferences.xhtml']) // true
 * nameDifferentSubjects(['site:leo.org'], ['site:leo.org', 'site:mozilla.org']) // false
 * nameDifferentSubjects(['site:acme.com'], ['file:hero.psd']) // false: nothing of one kind to compare
 */
export function nameDifferentSubjects(left: readonly string[], right: readonly string[]): boolean {
  const kindOf = (subject: string): string => subject.slice(0, subject.indexOf(':'));
  for (const kind of new Set(left.map(kindOf))) {
    const ours = left.filter((subject) => kindOf(subject) === kind);
    const theirs = right.filter((subject) => kindOf(subject) === kind);
    if (theirs.length > 0 && !ours.some((subject) => theirs.includes(subject))) return true;
  }
  return false;
}
