import { z } from 'zod';
import type { Comment } from '../../../app/ports/tracker';

/** A comment as stored in `comments.body`: the paragraphs Mops composed, rendered by whoever shows them. */
export const StoredComment = z.object({
  paragraphs: z.array(z.array(z.union([z.object({ text: z.string() }).strict(), z.object({ taskId: z.string().min(1), label: z.string() }).strict()]))),
}) satisfies z.ZodType<Comment>;
export type StoredComment = z.infer<typeof StoredComment>;
