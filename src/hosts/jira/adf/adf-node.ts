import { z } from 'zod';

export const AdfMark = z.object({
  type: z.string(),
  attrs: z.record(z.string(), z.unknown()).optional(),
});
export type AdfMark = z.infer<typeof AdfMark>;

/**
 * One node of Atlassian Document Format, the JSON Jira v3 uses for descriptions, comments and rich-text
 * fields. Only the generic shape: node types Mops does not know still parse, so new node kinds never
 * break reading an issue.
 */
export const AdfNode = z.object({
  type: z.string(),
  text: z.string().optional(),
  attrs: z.record(z.string(), z.unknown()).optional(),
  marks: z.array(AdfMark).optional(),
  get content() {
    return z.array(AdfNode).optional();
  },
});
export type AdfNode = z.infer<typeof AdfNode>;

/** A whole document, as Jira stores it: `{ type: 'doc', version: 1, content: [...] }`. */
export const AdfDoc = z.object({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(AdfNode),
});
export type AdfDoc = z.infer<typeof AdfDoc>;
