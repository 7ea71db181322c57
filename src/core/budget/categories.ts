import { z } from 'zod';

/** A cost category as admins configure it: a stable id stored on tasks and a label people read. */
export const CostCategory = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'Category id must be lower-case letters, digits and "-", e.g. "stock-assets"' }),
  label: z.string().min(1, { message: 'Category label cannot be empty' }),
});
export type CostCategory = z.infer<typeof CostCategory>;

export const DEFAULT_COST_CATEGORIES: readonly CostCategory[] = [
  { id: 'media', label: 'Media' },
  { id: 'agency', label: 'Agency' },
  { id: 'production', label: 'Production' },
  { id: 'stock-assets', label: 'Stock assets' },
  { id: 'tools-licences', label: 'Tools and licences' },
  { id: 'events', label: 'Events' },
  { id: 'people', label: 'People' },
  { id: 'other', label: 'Other' },
];
