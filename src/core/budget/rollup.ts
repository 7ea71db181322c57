import type { LocalDate } from '../dates/local-date';
import type { ExchangeRateTable } from '../money/exchange-rates';
import type { Portfolio, Project, Team } from '../org/organisation';
import type { Task } from '../task/task';
import {
  type BreakdownKeys,
  type BreakdownTally,
  finishBreakdown,
  IN_HOUSE_VENDOR,
  newBreakdownTally,
  NO_TEAM,
  tallyTask,
} from './breakdown';
import { type CostCategory, DEFAULT_COST_CATEGORIES } from './categories';
import { finishMissingRates, type MissingRateTally, tallyMissingRate } from './missing-rates';
import { addTotals, type ExactTotals, type MoneyTotals, toMoneyTotals, zeroTotals } from './money-totals';
import { resolveParentLinks } from './parent-links';
import { type BudgetRollup, describeLine, type RollupLevel, type RollupLine } from './rollup-line';
import type { RollupProblem } from './rollup-problems';
import { taskContribution, type TaskContribution } from './task-contribution';
import { taskLevel } from './task-level';

export interface BudgetRollupInput {
  tasks: readonly Task[];
  projects: readonly Project[];
  portfolios: readonly Portfolio[];
  teams: readonly Team[];
  rates: ExchangeRateTable;
  /** Amounts convert at the rates in force on this date. */
  asOf: LocalDate;
  organisation?: { id: string; name: string };
  /** For category labels in breakdowns; the defaults when absent. */
  categories?: readonly CostCategory[];
}

/** A line while the tree is being built; amounts stay bigint until the end. */
interface Draft {
  id: string;
  level: RollupLevel;
  entityId: string;
  name: string;
  key?: string;
  parentId?: string;
  childIds: string[];
  own: ExactTotals;
  total: ExactTotals;
  task?: Task;
  contribution?: TaskContribution;
  missing?: MissingRateTally;
  breakdown?: BreakdownTally;
}

const UNPLACED_PORTFOLIO = 'unplaced:portfolio';

const taskNodeId = (id: string) => `task:${id}`;
const projectNodeId = (id: string) => `project:${id}`;
const portfolioNodeId = (id: string) => `portfolio:${id}`;

/** Keeps the first of each id, reporting the rest, so one bad record cannot double a budget. */
function firstOfEachId<T extends { id: string }>(items: readonly T[], entity: 'task' | 'project' | 'portfolio', problems: RollupProblem[]): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const item of items) {
    if (seen.has(item.id)) {
      problems.push({ kind: 'duplicate-id', entity, id: item.id, message: `Two ${entity}s share the id "${item.id}"; only the first is counted` });
      continue;
    }
    seen.add(item.id);
    kept.push(item);
  }
  return kept;
}

class TreeBuilder {
  readonly nodes = new Map<string, Draft>();

  add(draft: Omit<Draft, 'childIds' | 'own' | 'total'>): Draft {
    const node: Draft = { ...draft, childIds: [], own: zeroTotals(), total: zeroTotals() };
    this.nodes.set(node.id, node);
    if (node.parentId !== undefined) this.nodes.get(node.parentId)?.childIds.push(node.id);
    return node;
  }

  get(id: string): Draft | undefined {
    return this.nodes.get(id);
  }

  /** Parents before children, children in the order they were added; no recursion, so depth is free. */
  preOrder(rootId: string): Draft[] {
    const ordered: Draft[] = [];
    const stack = [rootId];
    while (stack.length > 0) {
      const node = this.nodes.get(stack.pop() ?? '');
      if (node === undefined) continue;
      ordered.push(node);
      for (let index = node.childIds.length - 1; index >= 0; index -= 1) stack.push(node.childIds[index] ?? '');
    }
    return ordered;
  }
}

function breakdownKeys(task: Task, project: Project | undefined, teams: ReadonlyMap<string, Team>, categories: ReadonlyMap<string, string>): BreakdownKeys {
  const category = task.budget?.category ?? 'other';
  // Tasks often leave the team to their project; the project's team is who the money is spent by then.
  const teamId = task.teamId ?? project?.teamId;
  const vendor = task.budget?.vendor;
  return {
    category: { id: category, label: categories.get(category) ?? category },
    team: teamId === undefined ? { id: NO_TEAM, label: 'No team' } : { id: teamId, label: teams.get(teamId)?.name ?? teamId },
    // Agencies are teams too, so a vendor that names one reads as the agency's name.
    vendor: vendor === undefined ? { id: IN_HOUSE_VENDOR, label: 'In-house' } : { id: vendor, label: teams.get(vendor)?.name ?? vendor },
  };
}

/**
 * Rolls every task's budget up the tree task → parent tasks (epics, campaigns, any depth) → project →
 * portfolio → organisation, in the base currency of `rates` at the rates in force on `asOf`.
 * Each line has its own amounts and its totals; project, portfolio and organisation lines also have
 * totals by category, team and vendor. A task whose currency has no rate adds nothing and is listed on
 * its line and every line above it. Missing parents, parent cycles, unknown projects and portfolios are
 * repaired as described in `problems`, never dropped and never a hang. Sums are exact (bigint) and a
 * total too large for a number throws a RangeError naming the line.
 * @example rollUpBudgets({ tasks, projects, portfolios, teams, rates: { base: 'EUR', rates }, asOf: '2026-03-31' }).lines['organisation:org'].total
 * // { planned: 5000000, committed: 3200000, actual: 5600000 }
 */
export function rollUpBudgets(input: BudgetRollupInput): BudgetRollup {
  const problems: RollupProblem[] = [];
  const portfolios = firstOfEachId(input.portfolios, 'portfolio', problems);
  const projects = firstOfEachId(input.projects, 'project', problems);
  const tasks = firstOfEachId(input.tasks, 'task', problems);
  const organisation = input.organisation ?? { id: 'organisation', name: 'Organisation' };
  const teams = new Map(input.teams.map((team) => [team.id, team]));
  const categories = new Map((input.categories ?? DEFAULT_COST_CATEGORIES).map((category) => [category.id, category.label]));
  const projectsById = new Map(projects.map((project) => [project.id, project]));

  const tree = new TreeBuilder();
  const rootId = `organisation:${organisation.id}`;
  tree.add({ id: rootId, level: 'organisation', entityId: organisation.id, name: organisation.name });
  for (const portfolio of portfolios) {
    tree.add({ id: portfolioNodeId(portfolio.id), level: 'portfolio', entityId: portfolio.id, name: portfolio.name, parentId: rootId });
  }

  const orphanProjects = new Map<string, string[]>();
  for (const project of projects) {
    const portfolioId = portfolioNodeId(project.portfolioId);
    if (tree.get(portfolioId) === undefined) {
      const name = `Unknown portfolio "${project.portfolioId}"`;
      tree.add({ id: portfolioId, level: 'portfolio', entityId: project.portfolioId, name, parentId: rootId });
      orphanProjects.set(project.portfolioId, []);
    }
    orphanProjects.get(project.portfolioId)?.push(project.id);
    tree.add({ id: projectNodeId(project.id), level: 'project', entityId: project.id, name: project.name, key: project.key, parentId: portfolioId });
  }
  for (const [portfolioId, projectIds] of orphanProjects) {
    problems.push({
      kind: 'unknown-portfolio',
      portfolioId,
      projectIds,
      message: `Projects ${projectIds.join(', ')} belong to portfolio "${portfolioId}", which is not among the portfolios read; they are grouped under "Unknown portfolio "${portfolioId}""`,
    });
  }

  const unknownProjects = new Map<string, string[]>();
  for (const task of tasks) {
    if (projectsById.has(task.projectId)) continue;
    if (!unknownProjects.has(task.projectId)) {
      unknownProjects.set(task.projectId, []);
      if (tree.get(UNPLACED_PORTFOLIO) === undefined) {
        tree.add({ id: UNPLACED_PORTFOLIO, level: 'portfolio', entityId: '', name: 'Projects not read', parentId: rootId });
      }
      const name = `Unknown project "${task.projectId}"`;
      tree.add({ id: projectNodeId(task.projectId), level: 'project', entityId: task.projectId, name, parentId: UNPLACED_PORTFOLIO });
    }
    unknownProjects.get(task.projectId)?.push(task.id);
  }
  for (const [projectId, taskIds] of unknownProjects) {
    problems.push({
      kind: 'unknown-project',
      projectId,
      taskIds,
      message: `${taskIds.length} ${taskIds.length === 1 ? 'task names' : 'tasks name'} project "${projectId}", which is not among the projects read; those not under a parent task are grouped under "Unknown project "${projectId}""`,
    });
  }

  const links = resolveParentLinks(tasks);
  problems.push(...links.problems);
  // Add every task before linking any, so a child listed before its parent still finds it.
  const taskNodes: Draft[] = tasks.map((task) => {
    const node: Draft = {
      id: taskNodeId(task.id),
      level: taskLevel(task),
      entityId: task.id,
      name: task.title,
      key: task.key,
      childIds: [],
      own: zeroTotals(),
      total: zeroTotals(),
      task,
      contribution: taskContribution(task, input.rates, input.asOf),
    };
    tree.nodes.set(node.id, node);
    return node;
  });
  for (const node of taskNodes) {
    const parentTask = links.parentOf.get(node.entityId);
    node.parentId = parentTask === undefined ? projectNodeId(node.task?.projectId ?? '') : taskNodeId(parentTask);
    tree.get(node.parentId)?.childIds.push(node.id);
  }

  const ordered = tree.preOrder(rootId);
  const scopesOf = new Map<string, Draft[]>();
  for (const node of ordered) {
    const inherited = (node.parentId === undefined ? undefined : scopesOf.get(node.parentId)) ?? [];
    const isScope = node.level === 'organisation' || node.level === 'portfolio' || node.level === 'project';
    if (isScope) node.breakdown = newBreakdownTally();
    scopesOf.set(node.id, isScope ? [...inherited, node] : inherited);
  }

  for (const node of ordered) {
    const task = node.task;
    const contribution = node.contribution;
    if (task === undefined || contribution === undefined) continue;
    if (contribution.kind === 'converted') {
      node.own = contribution.base;
      const keys = breakdownKeys(task, projectsById.get(task.projectId), teams, categories);
      for (const scope of scopesOf.get(node.id) ?? []) if (scope.breakdown) tallyTask(scope.breakdown, keys, contribution.base);
    } else if (contribution.kind === 'missing-rate') {
      const { currency, date, message } = contribution.error;
      for (let line: Draft | undefined = node; line !== undefined; line = line.parentId === undefined ? undefined : tree.get(line.parentId)) {
        line.missing ??= new Map();
        tallyMissingRate(line.missing, task, currency, date, message, contribution.original);
      }
    }
  }

  // Children follow their parent in pre-order, so walking it backwards finishes every child first.
  for (const node of ordered) node.total = addTotals(zeroTotals(), node.own);
  for (let index = ordered.length - 1; index >= 0; index -= 1) {
    const node = ordered[index];
    const parent = node?.parentId === undefined ? undefined : tree.get(node.parentId);
    if (node !== undefined && parent !== undefined) addTotals(parent.total, node.total);
  }

  // Checked deepest first, so an overflow names the smallest line that overflows rather than the root.
  const safeTotals = new Map<string, MoneyTotals>();
  for (let index = ordered.length - 1; index >= 0; index -= 1) {
    const node = ordered[index];
    if (node !== undefined) safeTotals.set(node.id, toMoneyTotals(node.total, describeLine(node)));
  }

  const lines: Record<string, RollupLine> = {};
  for (const node of ordered) {
    const where = describeLine(node);
    const line: RollupLine = {
      id: node.id,
      level: node.level,
      entityId: node.entityId,
      name: node.name,
      childIds: node.childIds,
      own: toMoneyTotals(node.own, where),
      total: safeTotals.get(node.id) ?? toMoneyTotals(node.total, where),
      missingRates: node.missing === undefined ? [] : finishMissingRates(node.missing, where),
    };
    if (node.key !== undefined) line.key = node.key;
    if (node.parentId !== undefined) line.parentId = node.parentId;
    if (node.task?.budget !== undefined) line.budget = node.task.budget;
    if (node.breakdown !== undefined) line.breakdown = finishBreakdown(node.breakdown, where);
    lines[node.id] = line;
  }

  return { base: input.rates.base, asOf: input.asOf, rootId, order: ordered.map((node) => node.id), lines, problems };
}
