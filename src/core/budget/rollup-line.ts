import type { LocalDate } from '../dates/local-date';
import type { CurrencyCode } from '../money/currency';
import type { BudgetLine } from './budget-line';
import type { BudgetBreakdown } from './breakdown';
import type { MissingRateExclusion } from './missing-rates';
import type { MoneyTotals } from './money-totals';
import type { RollupProblem } from './rollup-problems';
import type { BudgetLevel } from './thresholds';

/** The budget levels plus the organisation at the root of every roll-up. */
export type RollupLevel = BudgetLevel | 'organisation';

/** One node of the budget tree, in the base currency. */
export interface RollupLine {
  /** Unique across kinds: "task:…", "project:…", "portfolio:…", "organisation:…". */
  id: string;
  level: RollupLevel;
  /** The task, project, portfolio or organisation id this line stands for. */
  entityId: string;
  name: string;
  /** Task key ("WEB-12") or project key ("WEB"). */
  key?: string;
  parentId?: string;
  childIds: string[];
  /** The node's own budget converted to base; zero for projects and above, and for excluded tasks. */
  own: MoneyTotals;
  /** own plus every child's total. */
  total: MoneyTotals;
  /** Money under this node left out for want of a rate; empty when everything converted. */
  missingRates: MissingRateExclusion[];
  /** A task's budget line as entered, in its own currency. */
  budget?: BudgetLine;
  /** Totals by category, team and vendor; on project, portfolio and organisation lines. */
  breakdown?: BudgetBreakdown;
}

export interface BudgetRollup {
  base: CurrencyCode;
  asOf: LocalDate;
  rootId: string;
  /** Every line id, parents before their children (the order a tree report prints in). */
  order: string[];
  lines: Record<string, RollupLine>;
  problems: RollupProblem[];
}

const LEVEL_LABELS: Record<RollupLevel, string> = {
  task: 'Task',
  epic: 'Epic',
  campaign: 'Campaign',
  project: 'Project',
  portfolio: 'Portfolio',
  organisation: 'Organisation',
};

/**
 * The level as a word that can start a sentence.
 * @example levelLabel('campaign') // 'Campaign'
 */
export function levelLabel(level: RollupLevel): string {
  return LEVEL_LABELS[level];
}

/**
 * How a line is named in sentences: its level and its name in quotes.
 * @example describeLine({ level: 'campaign', name: 'Spring launch', … }) // 'Campaign “Spring launch”'
 */
export function describeLine(line: Pick<RollupLine, 'level' | 'name'>): string {
  return `${levelLabel(line.level)} “${line.name}”`;
}

/**
 * A line and everything beneath it, parents first. Unknown ids give an empty list.
 * @example linesUnder(rollup, 'task:spring').map((line) => line.key) // ['MKT-1', 'WEB-12', 'WEB-13']
 */
export function linesUnder(rollup: BudgetRollup, lineId: string): RollupLine[] {
  const found: RollupLine[] = [];
  const stack = [lineId];
  while (stack.length > 0) {
    const line = rollup.lines[stack.pop() ?? ''];
    if (line === undefined) continue;
    found.push(line);
    for (let index = line.childIds.length - 1; index >= 0; index -= 1) stack.push(line.childIds[index] ?? '');
  }
  return found;
}
