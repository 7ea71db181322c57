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
 * A name with a dot and a short extension ("static.js", "hero_spring.PSD", "cennik_2026.pdf"), written
 * after a space, a quote or a path; `isFileName` then keeps out what only looks like one. The extension
 * is ASCII, as extensions are in every language, which keeps two sentences run together ("сделать.потом")
 * out; a preference name with a long last part ("browser.search.openintab") does not fit six characters.
 */
const DOTTED_NAME = /(?<![\p{L}\p{N}_@.-])([\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*)\.([a-z0-9]{1,6})(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/giu;

/** A version number, alone or after a product name: "2.53", "v2.53.8", "rust-1", "Firefox-78". */
const VERSION_PART = /(?:^|-)v?\d+(?:\.\d+)*$/iu;

/**
 * Whether a dotted name is a file rather than a version ("2.53.17b1", "v2.53.8.b1", "2.4x"), an
 * abbreviation ("e.g", "z.B", "т.е"), a property or method ("intl.locale.matchOS") or a website, which
 * `site-names.ts` claims.
 */
function isFileName(base: string, extension: string): boolean {
  if (!/[a-z]/i.test(extension) || (extension !== extension.toLowerCase() && extension !== extension.toUpperCase())) return false;
  const version = VERSION_PART.exec(base);
  if (version !== null && (/^\d/.test(extension) || version[0].includes('.'))) return false;
  if (base.slice(base.lastIndexOf('.') + 1).length < 2) return false;
  return sitesNamedIn(`${base}.${extension}`).length === 0;
}

/**
 * A reference to another ticket, always introduced by a word that says so, in any grammatical case:
 * "Bug 1647039", "issue #812", "задачи 4512", "тикет № 88", "ошибку 5120", "zgłoszenia 77", "błąd 301".
 * A number or code on its own is not a reference: project and campaign keys ("[BRD-12]", "WEB-7"),
 * quarters ("Q1-2026"), product and model names ("GPT-4", "SKU-1234"), counts and years, and a bare
 * "#12", which is as often a rank or a channel as a ticket. Keys especially: teams put their own epic or
 * campaign key in every title, so two teams' titles for one piece of work differ exactly there.
 */
const TICKET_REFERENCE =
  /(?<![\p{L}\p{N}_])(?:bugs?|issues?|tickets?|tasks?|баг\p{L}*|задач\p{L}*|тикет\p{L}*|ошибк\p{L}*|zadani\p{L}*|zgłosze\p{L}*|błąd|błęd\p{L}*)\s*(?:#|№|nr\.?)?\s*(\d{2,})(?![\p{L}\p{N}_])/giu;

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
  for (const match of text.matchAll(DOTTED_NAME)) {
    const base = match[1] ?? '';
    const extension = match[2] ?? '';
    if (isFileName(base, extension)) files.add(`${base}.${extension}`.toLowerCase());
  }
  return [...files].sort();
}

/**
 * The tickets a text refers to by a word for a ticket, sorted, without repeats, each as "#" and its number
 * however it was introduced ("Bug 1647039", "issue #1647039", "задачу 1647039").
 *
 * @example
 * ticketsNamedIn('Port packaging parts of Bug 1647039 to SeaMonkey') // ['#1647039']
 * ticketsNamedIn('Powtórzyć zadania 77 i 78 z zgłoszenia nr 4521') // ['#4521', '#77']
 * ticketsNamedIn('[BRD-12] Q1-2026 banner, #12 in the list') // []
 */
export function ticketsNamedIn(text: string): string[] {
  const tickets = new Set<string>();
  if (!/\d/.test(text)) return [];
  for (const match of text.matchAll(TICKET_REFERENCE)) tickets.add(`#${match[1] ?? ''}`);
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
