/**
 * Runs the benchmark cases and prints one table: case, metric, ours, baseline, ratio, target.
 * `npm run bench` runs them all; `npm run bench -- capacity` runs the named ones.
 * Exits with 1 when a case fails (e.g. its results disagree with the baseline) or misses a target.
 */
import type { BenchCase, BenchRow } from './bench-case';

/** One line per case file in bench/cases/. */
const CASES: Record<string, () => Promise<{ default: BenchCase }>> = {
  capacity: () => import('./cases/capacity'),
  duplicates: () => import('./cases/duplicates'),
};

const COLUMNS = ['case', 'metric', 'ours', 'baseline', 'ratio', 'target'] as const;

function printTable(rows: Array<Record<(typeof COLUMNS)[number], string>>): void {
  const widths = COLUMNS.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  console.log(line(COLUMNS));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(COLUMNS.map((column) => row[column])));
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in CASES));
  if (unknown.length > 0) throw new Error(`No bench case named ${unknown.join(', ')}; cases: ${Object.keys(CASES).join(', ')}`);
  const names = wanted.length > 0 ? wanted : Object.keys(CASES);

  const table: Array<Record<(typeof COLUMNS)[number], string>> = [];
  const problems: string[] = [];
  for (const name of names) {
    const load = CASES[name];
    if (!load) continue;
    let rows: BenchRow[];
    try {
      rows = await (await load()).default.run();
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const row of rows) {
      const mark = row.met === undefined ? '' : row.met ? ' ✓' : ' ✗';
      table.push({ case: name, metric: row.metric, ours: row.ours, baseline: row.baseline, ratio: row.ratio, target: `${row.target}${mark}` });
      if (row.met === false) problems.push(`${name}: ${row.metric} is ${row.ours}, target ${row.target}`);
    }
  }
  printTable(table);
  console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
  if (problems.length > 0) {
    console.error(`\nFAILED:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
