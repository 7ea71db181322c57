import { z } from 'zod';
import type { DuplicateCandidate } from '../../src/core/duplicates/candidate';
import { readCsv } from './read-csv';

/** One row of an issues CSV with the SeaMonkey (GitBugs) columns. */
const IssueRow = z.object({
  Summary: z.string(),
  'Issue id': z.string().min(1),
  Status: z.string().default(''),
  Created: z.string().min(1),
  Resolved: z.string().default(''),
  Description: z.string().default(''),
});

/** One labelled query: the newer issue of a duplicate pair, and the older one it should find. */
export interface LabelledQuery {
  queryId: string;
  targetId: string;
}

export interface DuplicateDataset {
  /** All issues, oldest first. */
  issues: DuplicateCandidate[];
  queries: LabelledQuery[];
  /** Issues in no row of the pairs file, created after the first query: the false-alarm probes. */
  uniqueProbeIds: string[];
}

const DONE_STATUSES = new Set(['RESOLVED', 'VERIFIED', 'CLOSED']);
const TODO_STATUSES = new Set(['UNCONFIRMED', 'NEW']);

/** "2020-01-02 17:14:21+00:00" → "2020-01-02T17:14:21+00:00". */
function toInstant(text: string): string {
  return text.trim().replace(' ', 'T');
}

/**
 * Loads the issues and pairs files and applies the protocol of issue 3: each unique undirected pair whose
 * two issues exist is one query, asked by the newer issue (by Created) against everything created before
 * it. An issue is a false-alarm probe when no row of the pairs file mentions it, even a row whose
 * partner is missing from the issues file: such an issue is known to have a duplicate somewhere.
 */
export function loadDuplicateDataset(issuesPath: string, pairsPath: string): DuplicateDataset {
  const issues = readCsv(issuesPath).map((raw, line) => {
    const parsed = IssueRow.safeParse(raw);
    if (!parsed.success) throw new Error(`${issuesPath} row ${line + 2}: ${parsed.error.message}`);
    const row = parsed.data;
    const status = row.Status.trim().toUpperCase();
    const done = DONE_STATUSES.has(status);
    const candidate: DuplicateCandidate = {
      id: row['Issue id'].trim(),
      title: row.Summary,
      description: row.Description,
      projectId: 'seamonkey',
      statusCategory: done ? 'done' : TODO_STATUSES.has(status) ? 'todo' : 'in_progress',
      createdAt: toInstant(row.Created),
      ...(done && row.Resolved.trim() !== '' ? { closedAt: toInstant(row.Resolved) } : {}),
    };
    return candidate;
  });
  issues.sort((left, right) => Date.parse(left.createdAt) - Date.parse(right.createdAt) || compareIds(left.id, right.id));
  const byId = new Map(issues.map((issue, order) => [issue.id, { issue, order }]));

  const mentioned = new Set<string>();
  const pairKeys = new Set<string>();
  const queries: LabelledQuery[] = [];
  for (const row of readCsv(pairsPath)) {
    const left = (row['Issue id'] ?? '').trim();
    const rights = (row['Duplicate id'] ?? '').split(/[,;\s]+/).map((id) => id.trim()).filter((id) => id !== '');
    mentioned.add(left);
    for (const right of rights) {
      mentioned.add(right);
      const a = byId.get(left);
      const b = byId.get(right);
      if (a === undefined || b === undefined || left === right) continue;
      const key = [left, right].sort().join('|');
      if (pairKeys.has(key)) continue;
      pairKeys.add(key);
      const [older, newer] = a.order < b.order ? [a, b] : [b, a];
      queries.push({ queryId: newer.issue.id, targetId: older.issue.id });
    }
  }
  const firstQueryOrder = Math.min(...queries.map((query) => byId.get(query.queryId)?.order ?? Number.POSITIVE_INFINITY));
  const firstQueryMs = Date.parse(issues[firstQueryOrder]?.createdAt ?? '');
  const uniqueProbeIds = issues
    .filter((issue) => !mentioned.has(issue.id) && Date.parse(issue.createdAt) > firstQueryMs)
    .map((issue) => issue.id);
  return { issues, queries, uniqueProbeIds };
}

function compareIds(left: string, right: string): number {
  const numeric = Number(left) - Number(right);
  if (!Number.isNaN(numeric) && numeric !== 0) return numeric;
  return left < right ? -1 : left > right ? 1 : 0;
}
