import { z } from 'zod';
import type { ReviewedPairs } from '../../../app/duplicates-report-reviews';
import type { SqlClient } from '../database/sql-client';

const ReviewedRow = z.object({ left_id: z.string(), right_id: z.string() });

/**
 * Reviewed pairs from the local database in one host call: the ids each task's Mops state dismissed
 * (panel dismissals and panel links), and every link between two tasks, among the tasks asked about.
 * The caller passes only tasks its viewer sees, and gets back only pairs that name one of them.
 * @example await sqlReviewedPairs(db).reviewedAmong(['dup-photographer-brd']) // [['dup-photographer-brd', 'dup-photographer-atl']] once dismissed
 */
export function sqlReviewedPairs(db: SqlClient): ReviewedPairs {
  let calls = 0;
  return {
    hostCalls: () => calls,
    async reviewedAmong(taskIds) {
      calls += 1;
      if (taskIds.length === 0) return [];
      const rows = await db.query(
        `SELECT s.task_id AS left_id, dismissed.id AS right_id
           FROM task_state s CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(s.state->'dismissedDuplicateIds', '[]'::jsonb)) AS dismissed(id)
          WHERE s.task_id = ANY($1::text[])
         UNION
         SELECT l.from_task_id, l.to_task_id FROM links l WHERE l.from_task_id = ANY($1::text[]) OR l.to_task_id = ANY($1::text[])`,
        [[...taskIds]],
      );
      return rows.map((row) => {
        const parsed = ReviewedRow.parse(row);
        return [parsed.left_id, parsed.right_id] as const;
      });
    },
  };
}
