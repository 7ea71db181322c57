import { z } from 'zod';
import { LocalDate } from '../../core/dates/local-date';

export const CliOptions = z.object({
  seed: z.coerce.number().int({ message: 'must be a whole number, e.g. 7' }).default(1),
  asOf: LocalDate.optional(),
  weeks: z.coerce.number().int().min(1, { message: 'must be between 1 and 52' }).max(52, { message: 'must be between 1 and 52' }).default(8),
  allAlerts: z.boolean().default(false),
});
export type CliOptions = z.infer<typeof CliOptions>;

const FLAGS: Record<string, { key: keyof CliOptions; takesValue: boolean }> = {
  '--seed': { key: 'seed', takesValue: true },
  '--as-of': { key: 'asOf', takesValue: true },
  '--weeks': { key: 'weeks', takesValue: true },
  '--all-alerts': { key: 'allAlerts', takesValue: false },
};

export const USAGE = 'Usage: npm run report -- [--seed N] [--as-of YYYY-MM-DD] [--weeks N] [--all-alerts]';

/**
 * Reads the command line into options, or says exactly which argument is wrong.
 * @example parseArguments(['--weeks', '4']) // { ok: true, options: { seed: 1, weeks: 4, allAlerts: false } }
 */
export function parseArguments(argv: readonly string[]): { ok: true; options: CliOptions } | { ok: false; error: string } {
  const raw: Record<string, unknown> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    const spec = FLAGS[flag];
    if (!spec) return { ok: false, error: `Unknown argument "${flag}". ${USAGE}` };
    if (!spec.takesValue) {
      raw[spec.key] = true;
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) return { ok: false, error: `${flag} needs a value. ${USAGE}` };
    raw[spec.key] = value;
    index += 1;
  }
  const parsed = CliOptions.safeParse(raw);
  if (parsed.success) return { ok: true, options: parsed.data };
  const issue = parsed.error.issues[0];
  const flag = Object.keys(FLAGS).find((name) => FLAGS[name]?.key === issue?.path[0]) ?? '';
  return { ok: false, error: `${flag}: ${issue?.message ?? 'is invalid'}` };
}
