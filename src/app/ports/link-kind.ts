import { z } from 'zod';

/** How two tasks are linked when a person confirms a suggestion. */
export const LinkKind = z.enum(['duplicate', 'relates']);
export type LinkKind = z.infer<typeof LinkKind>;
