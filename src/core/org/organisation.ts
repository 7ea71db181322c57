import { z } from 'zod';

/** An in-house team or an outside agency; agencies are also the vendors budget lines name. */
export const Team = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['internal', 'agency']),
});
export type Team = z.infer<typeof Team>;

export const Portfolio = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
});
export type Portfolio = z.infer<typeof Portfolio>;

/** A Jira project or an Asana project. */
export const Project = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  name: z.string().min(1),
  portfolioId: z.string().min(1),
  teamId: z.string().min(1).optional(),
});
export type Project = z.infer<typeof Project>;
