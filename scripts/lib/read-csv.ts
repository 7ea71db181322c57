import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/**
 * Reads a CSV file with a header row into records keyed by column name. Quoted cells may span lines
 * (issue descriptions do).
 *
 * @example
 * readCsv('issues.csv')[0]?.['Summary']
 */
export function readCsv(path: string): Array<Record<string, string>> {
  const records: unknown = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true });
  if (!Array.isArray(records)) throw new Error(`${path} did not parse into rows`);
  return records as Array<Record<string, string>>;
}

/**
 * Reads `--name value` pairs from the command line.
 *
 * @example
 * readFlags(['--issues', 'a.csv']) // { issues: 'a.csv' }
 */
export function readFlags(argv: readonly string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let at = 0; at < argv.length; at += 1) {
    const name = argv[at];
    if (name === undefined || !name.startsWith('--')) continue;
    const value = argv[at + 1];
    if (value !== undefined && !value.startsWith('--')) {
      flags[name.slice(2)] = value;
      at += 1;
    } else flags[name.slice(2)] = 'true';
  }
  return flags;
}

/**
 * The value at quantile q (0..1) of numbers, by the nearest-rank rule.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5) // 2
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}
