/**
 * Which report a Jira full page shows. Jira gives one projectPage and one globalPage per app; each lists
 * its reports as `pages` in manifest.yml, and Jira tells the app which one was chosen only through the
 * URL path after the app's own base (`view.createHistory()`'s location).
 */
export const REPORTS = ['capacity', 'budget', 'duplicates'] as const;
export type Report = (typeof REPORTS)[number];

/** The page a full page opens on when the path names no report (the module's own first page). */
export const FIRST_REPORT = { project: 'capacity', global: 'duplicates' } as const satisfies Record<string, Report>;

/**
 * The report a route names: its first path segment, ignoring case and a trailing slash; anything else
 * opens the module's first page rather than an error, since Jira also opens the bare module URL.
 * @example reportForPath('/budget', 'project') // 'budget'
 * @example reportForPath('/', 'global') // 'duplicates'
 */
export function reportForPath(pathname: string, page: keyof typeof FIRST_REPORT): Report {
  const segment = pathname.split('/').find((part) => part.length > 0)?.toLowerCase();
  return REPORTS.find((report) => report === segment) ?? FIRST_REPORT[page];
}
