import { z } from 'zod';

/**
 * Jira's answers, as far as Mops reads them. Each schema names only the fields the adapter uses and
 * lets the rest through untouched, so Jira adding a field never breaks the app.
 */

/** An issue from `GET /issue/{id}` or a search page: system and custom fields stay raw until mapped. */
export const JiraIssue = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  fields: z.record(z.string(), z.unknown()).default({}),
  /** Only the properties asked for with `properties=`, keyed by property key. */
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type JiraIssue = z.infer<typeof JiraIssue>;

/** One page of `POST /search/jql`. The last page has `isLast: true` and no `nextPageToken`. */
export const JiraSearchPage = z.object({
  issues: z.array(JiraIssue).default([]),
  nextPageToken: z.string().min(1).nullish(),
  isLast: z.boolean().optional(),
});
export type JiraSearchPage = z.infer<typeof JiraSearchPage>;

/** A search page when only `id` was asked for. */
export const JiraIdPage = z.object({
  issues: z.array(z.object({ id: z.string().min(1) })).default([]),
  nextPageToken: z.string().min(1).nullish(),
  isLast: z.boolean().optional(),
});
export type JiraIdPage = z.infer<typeof JiraIdPage>;

export const JiraErrorCollection = z.object({
  errorMessages: z.array(z.string()).default([]),
  errors: z.record(z.string(), z.string()).default({}),
});

/**
 * `POST /issue/bulk`: created issues in request order (failed elements skipped), and one error per failed
 * element with its 0-based position. A request Jira refuses whole answers 400 with a plain error
 * collection instead, whose `errors` is a map, not a list.
 */
export const JiraBulkCreateResult = z.object({
  issues: z.array(z.object({ id: z.string().min(1), key: z.string().min(1) })).default([]),
  errors: z
    .union([
      z.array(
        z.object({
          failedElementNumber: z.number().int().nonnegative().optional(),
          status: z.number().int().optional(),
          elementErrors: JiraErrorCollection.optional(),
        }),
      ),
      z.record(z.string(), z.string()),
    ])
    .default([]),
  errorMessages: z.array(z.string()).default([]),
});
export type JiraBulkCreateResult = z.infer<typeof JiraBulkCreateResult>;

export const JiraCreatedComment = z.object({ id: z.string().min(1) });

/** Bodies the adapter does not read (204s, `{}`). */
export const IgnoredBody = z.unknown();
