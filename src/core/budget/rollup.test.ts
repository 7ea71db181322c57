import fc from 'fast-check';
import { maxMinorUnits } from '../money/amount';
import { convertToBase } from '../money/convert';
import type { CurrencyCode } from '../money/currency';
import type { Task } from '../task/task';
import type { BreakdownEntry } from './breakdown';
import type { MoneyTotals } from './money-totals';
import { rollUpBudgets } from './rollup';
import type { BudgetRollup, RollupLine } from './rollup-line';
import { aTask, AS_OF, eur, portfolios, projects, rates, springOrganisation, teams } from './test-fixtures';

function line(rollup: BudgetRollup, id: string): RollupLine {
  const found = rollup.lines[id];
  if (found === undefined) throw new Error(`no line ${id}; have ${rollup.order.join(', ')}`);
  return found;
}

function sumOf(rows: readonly MoneyTotals[]): MoneyTotals {
  return rows.reduce((sum, row) => ({ planned: sum.planned + row.planned, committed: sum.committed + row.committed, actual: sum.actual + row.actual }), {
    planned: 0,
    committed: 0,
    actual: 0,
  });
}

function totalsOnly(entry: BreakdownEntry): [string, number, number, number] {
  return [entry.label, entry.planned, entry.committed, entry.actual];
}

describe('rollUpBudgets on the Spring launch organisation', () => {
  const rollup = rollUpBudgets(springOrganisation());

  it('gives the campaign EUR 50,000.00 planned and EUR 56,000.00 actual, counting every level beneath it', () => {
    const spring = line(rollup, 'task:spring');
    expect(spring.level).toBe('campaign');
    expect(spring.own).toEqual({ planned: 1_296_000, committed: 0, actual: 1_296_000 });
    expect(spring.total).toEqual({ planned: 5_000_000, committed: 4_304_000, actual: 5_600_000 });
    expect(spring.childIds).toEqual(['task:landing', 'task:video', 'task:media']);
  });

  it('converts the PLN subtask two levels down and the USD media buy at the rate in force on the as-of date', () => {
    expect(line(rollup, 'task:translations').own).toEqual({ planned: 232_500, committed: 279_000, actual: 279_000 });
    // 0.91 from 1 March, not the 0.92 of January.
    expect(line(rollup, 'task:media').own).toEqual({ planned: 2_275_000, committed: 2_275_000, actual: 2_275_000 });
    const landing = line(rollup, 'task:landing');
    expect(landing.level).toBe('epic');
    expect(landing.own).toEqual({ planned: 0, committed: 0, actual: 0 });
    expect(landing.total).toEqual({ planned: 1_032_500, committed: 1_079_000, actual: 1_079_000 });
  });

  it('rolls projects into the portfolio and the portfolios into the organisation, with the empty portfolio at zero', () => {
    expect(line(rollup, 'project:evt').total).toEqual({ planned: 2_000_000, committed: 1_500_000, actual: 45_000 });
    expect(line(rollup, 'portfolio:brand').total).toEqual({ planned: 7_000_000, committed: 5_804_000, actual: 5_645_000 });
    expect(line(rollup, 'portfolio:product').total).toEqual({ planned: 0, committed: 0, actual: 0 });
    expect(line(rollup, rollup.rootId)).toMatchObject({ level: 'organisation', name: 'Acme', total: { planned: 7_000_000, committed: 5_804_000, actual: 5_645_000 } });
    expect(rollup.problems).toEqual([]);
  });

  it('leaves the GBP roadshow out of every total and says so on its own line and each line above it', () => {
    const expected = {
      currency: 'GBP',
      date: '2026-03-31',
      taskIds: ['roadshow'],
      excluded: { planned: 120_000, committed: 0, actual: 30_000 },
      message:
        'Left out of the totals: 1 task in GBP (EVT-2) with GBP 1,200.00 planned, GBP 0.00 committed, GBP 300.00 actual. ' +
        'No GBP to EUR exchange rate on or before 2026-03-31: the earliest GBP rate is dated 2026-04-01; add one dated on or before 2026-03-31',
    };
    for (const id of ['task:roadshow', 'project:evt', 'portfolio:brand', rollup.rootId]) expect(line(rollup, id).missingRates).toEqual([expected]);
    expect(line(rollup, 'task:roadshow').own).toEqual({ planned: 0, committed: 0, actual: 0 });
    expect(line(rollup, 'task:roadshow').budget?.currency).toBe('GBP');
    expect(line(rollup, 'project:web').missingRates).toEqual([]);
  });

  it('counts the roadshow once its rate arrives', () => {
    const inApril = rollUpBudgets(springOrganisation({ asOf: '2026-04-01' }));
    // GBP 1,200.00 × 1.17 = EUR 1,404.00 more planned, GBP 300.00 × 1.17 = EUR 351.00 more actual.
    expect(line(inApril, 'project:evt').total).toEqual({ planned: 2_140_400, committed: 1_500_000, actual: 80_100 });
    expect(line(inApril, inApril.rootId).missingRates).toEqual([]);
  });

  it('splits the organisation total by category, team (the project team when the task names none) and vendor', () => {
    const breakdown = line(rollup, rollup.rootId).breakdown;
    expect(breakdown?.byCategory.map(totalsOnly)).toEqual([
      ['Media', 3_571_000, 2_275_000, 3_571_000],
      ['Events', 2_000_000, 1_500_000, 0],
      ['Agency', 1_032_500, 1_079_000, 1_079_000],
      ['Production', 396_500, 950_000, 995_000],
    ]);
    expect(breakdown?.byTeam.map(totalsOnly)).toEqual([
      ['Web team', 4_767_500, 4_025_000, 5_321_000],
      ['Events team', 2_000_000, 1_500_000, 45_000],
      ['North Studio', 232_500, 279_000, 279_000],
    ]);
    expect(breakdown?.byVendor.map(totalsOnly)).toEqual([
      ['In-house', 3_571_000, 2_275_000, 3_616_000],
      ['Messe Partner', 2_000_000, 1_500_000, 0],
      ['North Studio', 1_196_500, 1_750_000, 1_750_000],
      ['LinguaPro', 232_500, 279_000, 279_000],
    ]);
    expect(breakdown?.byVendor[0]?.id).toBe('in-house');
  });

  it('gives each project its own breakdown, and none to task lines', () => {
    expect(line(rollup, 'project:evt').breakdown?.byVendor.map(totalsOnly)).toEqual([
      ['Messe Partner', 2_000_000, 1_500_000, 0],
      ['In-house', 0, 0, 45_000],
    ]);
    expect(line(rollup, 'task:spring').breakdown).toBeUndefined();
  });

  it('lists lines parents first, in the order the tracker gave them', () => {
    expect(rollup.order).toEqual([
      'organisation:acme',
      'portfolio:brand',
      'project:web',
      'task:spring',
      'task:landing',
      'task:copy',
      'task:translations',
      'task:video',
      'task:media',
      'project:evt',
      'task:booth',
      'task:roadshow',
      'task:badges',
      'portfolio:product',
    ]);
  });
});

describe('rollUpBudgets with broken tracker data', () => {
  it('detaches one task of a parent cycle, reports the cycle and still counts every task', () => {
    const looped = [
      aTask({ id: 'a', key: 'WEB-2', title: 'A', projectId: 'web', parentId: 'b', budget: eur(100, 0, 0, 'media') }),
      aTask({ id: 'b', key: 'WEB-3', title: 'B', projectId: 'web', parentId: 'c', budget: eur(200, 0, 0, 'media') }),
      aTask({ id: 'c', key: 'WEB-4', title: 'C', projectId: 'web', parentId: 'a', budget: eur(400, 0, 0, 'media') }),
      aTask({ id: 'self', key: 'WEB-5', title: 'Self', projectId: 'web', parentId: 'self', budget: eur(800, 0, 0, 'media') }),
    ];
    const rollup = rollUpBudgets(springOrganisation({ tasks: looped }));
    expect(rollup.problems).toEqual([
      {
        kind: 'parent-cycle',
        taskIds: ['a', 'b', 'c'],
        detachedTaskId: 'a',
        message: 'The parent chain WEB-2 → WEB-3 → WEB-4 → WEB-2 loops; WEB-2 is counted as top level of its project until the tracker is fixed',
      },
      expect.objectContaining({ kind: 'parent-cycle', taskIds: ['self'], detachedTaskId: 'self' }),
    ]);
    expect(line(rollup, 'project:web').childIds).toEqual(['task:a', 'task:self']);
    expect(line(rollup, 'task:a').total.planned).toBe(700);
    expect(line(rollup, rollup.rootId).total.planned).toBe(1500);
  });

  it('treats a task whose parent is not among the tasks as top level of its project', () => {
    const rollup = rollUpBudgets(
      springOrganisation({ tasks: [aTask({ id: 'lost', key: 'WEB-9', title: 'Lost', projectId: 'web', parentId: 'gone', budget: eur(500, 0, 0, 'media') })] }),
    );
    expect(line(rollup, 'task:lost').parentId).toBe('project:web');
    expect(line(rollup, 'project:web').total.planned).toBe(500);
    expect(rollup.problems).toEqual([
      {
        kind: 'missing-parent',
        taskId: 'lost',
        parentId: 'gone',
        message: 'Task WEB-9 names parent "gone", which is not among the tasks read; it is counted as top level of its project',
      },
    ]);
  });

  it('groups tasks of unknown projects and projects of unknown portfolios under named placeholders', () => {
    const rollup = rollUpBudgets(
      springOrganisation({
        projects: [...projects, { id: 'app', key: 'APP', name: 'App', portfolioId: 'mobile' }],
        tasks: [
          aTask({ id: 'x', key: 'OPS-1', title: 'Ops', projectId: 'ops', budget: eur(300, 0, 0, 'other') }),
          aTask({ id: 'y', key: 'APP-1', title: 'Store page', projectId: 'app', budget: eur(700, 0, 0, 'other') }),
        ],
      }),
    );
    expect(line(rollup, 'project:ops')).toMatchObject({ name: 'Unknown project "ops"', parentId: 'unplaced:portfolio', total: { planned: 300 } });
    expect(line(rollup, 'portfolio:mobile')).toMatchObject({ name: 'Unknown portfolio "mobile"', total: { planned: 700 } });
    expect(line(rollup, rollup.rootId).total.planned).toBe(1000);
    expect(rollup.problems.map((problem) => problem.kind)).toEqual(['unknown-portfolio', 'unknown-project']);
  });

  it('counts a task listed twice only once', () => {
    const task = aTask({ id: 'twice', key: 'WEB-7', title: 'Twice', projectId: 'web', budget: eur(900, 0, 0, 'media') });
    const rollup = rollUpBudgets(springOrganisation({ tasks: [task, { ...task, budget: eur(5, 0, 0, 'media') }] }));
    expect(line(rollup, rollup.rootId).total.planned).toBe(900);
    expect(rollup.problems).toEqual([expect.objectContaining({ kind: 'duplicate-id', entity: 'task', id: 'twice' })]);
  });

  it('walks a chain of 20,000 nested subtasks without running out of stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, index) =>
      aTask({ id: `s${index}`, key: `WEB-${index}`, title: `Step ${index}`, projectId: 'web', ...(index > 0 ? { parentId: `s${index - 1}` } : {}), budget: eur(1, 0, 0, 'other') }),
    );
    const rollup = rollUpBudgets(springOrganisation({ tasks: chain }));
    expect(line(rollup, 'task:s0').total.planned).toBe(20_000);
    expect(line(rollup, 'task:s19999').total.planned).toBe(1);
  });

  it('refuses to hand out a total larger than a number holds exactly, naming the line', () => {
    // Ten lines of EUR 1,000,000,000.00 at 1,000,000 JPY per EUR are JPY 10^16, beyond 2^53.
    const yen = { base: 'JPY', rates: [{ currency: 'EUR', date: '2026-01-01', rate: '1000000' }] };
    const huge = Array.from({ length: 10 }, (_, index) =>
      aTask({ id: `h${index}`, key: `WEB-${index}`, title: 'Huge', projectId: 'web', budget: eur(maxMinorUnits('EUR'), 0, 0, 'media') }),
    );
    expect(() => rollUpBudgets(springOrganisation({ tasks: huge, rates: yen }))).toThrow(
      'Project “Web”: planned adds up to 10000000000000000 minor units, beyond 9007199254740991',
    );
  });
});

/* ---------- generated organisations ---------- */

const RATED: readonly CurrencyCode[] = ['EUR', 'USD', 'PLN', 'JPY', 'KWD'];
const propertyRates = {
  base: 'EUR',
  rates: [...rates.rates, { currency: 'JPY', date: '2026-02-01', rate: '0.00613' }, { currency: 'KWD', date: '2026-02-01', rate: '2.9871' }],
};

const amountIn = (currency: CurrencyCode) => fc.integer({ min: 0, max: maxMinorUnits(currency) });
const budgetIn = (currencies: readonly CurrencyCode[]) =>
  fc.constantFrom(...currencies).chain((currency) =>
    fc.record({
      planned: amountIn(currency),
      committed: amountIn(currency),
      actual: amountIn(currency),
      currency: fc.constant(currency),
      category: fc.constantFrom('media', 'agency', 'production', 'events'),
      vendor: fc.option(fc.constantFrom('agency-north', 'Messe Partner', 'LinguaPro'), { nil: undefined }),
    }),
  );

const taskShape = fc.record({
  projectIndex: fc.nat(),
  parentIndex: fc.option(fc.nat(), { nil: undefined }),
  type: fc.constantFrom('task', 'subtask', 'epic', 'campaign'),
  teamId: fc.option(fc.constantFrom('team-web', 'team-events', 'agency-north'), { nil: undefined }),
  budget: fc.option(budgetIn([...RATED, 'GBP']), { nil: undefined }),
});

interface Shape {
  projectPortfolios: number[];
  tasks: Array<{ projectIndex: number; parentIndex: number | undefined; type: string; teamId: string | undefined; budget: Task['budget'] }>;
}

const organisationShape = fc.record({
  projectPortfolios: fc.array(fc.nat({ max: 1 }), { minLength: 1, maxLength: 5 }),
  tasks: fc.array(taskShape, { maxLength: 40 }),
});

/** Builds tasks from a shape; with `acyclic`, parents always come earlier in the list so no loop is possible. */
function buildTasks(shape: Shape, acyclic: boolean): Task[] {
  return shape.tasks.map((spec, index) => {
    const parentIndex = spec.parentIndex === undefined ? undefined : acyclic ? (index === 0 ? undefined : spec.parentIndex % index) : spec.parentIndex % shape.tasks.length;
    return aTask({
      id: `t${index}`,
      key: `GEN-${index}`,
      title: `Generated ${index}`,
      projectId: `p${spec.projectIndex % shape.projectPortfolios.length}`,
      type: spec.type,
      ...(parentIndex === undefined ? {} : { parentId: `t${parentIndex}` }),
      ...(spec.teamId === undefined ? {} : { teamId: spec.teamId }),
      ...(spec.budget === undefined ? {} : { budget: spec.budget }),
    });
  });
}

function rollUpShape(shape: Shape, tasks: Task[]): BudgetRollup {
  return rollUpBudgets({
    tasks,
    projects: shape.projectPortfolios.map((portfolio, index) => ({ id: `p${index}`, key: `P${index}`, name: `Project ${index}`, portfolioId: portfolios[portfolio]?.id ?? 'brand' })),
    portfolios,
    teams,
    rates: propertyRates,
    asOf: AS_OF,
  });
}

/** What the organisation total must be: every task with a rate, converted one by one with convertToBase. */
function independentlyConvertedTotal(tasks: readonly Task[]): MoneyTotals {
  const converted = tasks.flatMap((task) => {
    const budget = task.budget;
    if (budget === undefined || !RATED.includes(budget.currency)) return [];
    const each = (amount: number) => {
      const result = convertToBase(amount, budget.currency, propertyRates, AS_OF);
      if (!result.ok) throw new Error(result.error.message);
      return result.minor;
    };
    return [{ planned: each(budget.planned), committed: each(budget.committed), actual: each(budget.actual) }];
  });
  return sumOf(converted);
}

describe('rollUpBudgets on generated organisations', () => {
  it('makes every line total exactly its own amounts plus its children’s totals', () => {
    fc.assert(
      fc.property(organisationShape, (shape) => {
        const rollup = rollUpShape(shape, buildTasks(shape, true));
        for (const id of rollup.order) {
          const parent = line(rollup, id);
          expect(sumOf([parent.own, ...parent.childIds.map((childId) => line(rollup, childId).total)])).toEqual(parent.total);
        }
      }),
    );
  });

  it('makes the organisation total the sum of every task converted on its own, and every breakdown add up to it', () => {
    fc.assert(
      fc.property(organisationShape, (shape) => {
        const tasks = buildTasks(shape, true);
        const rollup = rollUpShape(shape, tasks);
        const root = line(rollup, rollup.rootId);
        expect(root.total).toEqual(independentlyConvertedTotal(tasks));
        for (const scope of rollup.order.map((id) => line(rollup, id)).filter((candidate) => candidate.breakdown !== undefined)) {
          expect(sumOf(scope.breakdown?.byCategory ?? [])).toEqual(scope.total);
          expect(sumOf(scope.breakdown?.byTeam ?? [])).toEqual(scope.total);
          expect(sumOf(scope.breakdown?.byVendor ?? [])).toEqual(scope.total);
        }
      }),
    );
  });

  it('never changes a total when a task without a rate is added, and lists it on its line and every ancestor', () => {
    fc.assert(
      fc.property(organisationShape, fc.nat(), amountIn('GBP'), (shape, where, planned) => {
        const tasks = buildTasks(shape, true);
        const parent = tasks.length === 0 ? undefined : tasks[where % tasks.length];
        const unrated = aTask({
          id: 'unrated',
          key: 'GEN-X',
          title: 'Paid in pounds',
          projectId: parent?.projectId ?? 'p0',
          ...(parent === undefined ? {} : { parentId: parent.id }),
          budget: { planned, committed: 0, actual: 1, currency: 'GBP', category: 'media' },
        });
        const before = rollUpShape(shape, tasks);
        const after = rollUpShape(shape, [...tasks, unrated]);
        for (const id of before.order) expect(line(after, id).total).toEqual(line(before, id).total);
        for (let id: string | undefined = 'task:unrated'; id !== undefined; id = line(after, id).parentId) {
          const gbp = line(after, id).missingRates.find((missing) => missing.currency === 'GBP');
          expect(gbp?.taskIds).toContain('unrated');
        }
      }),
    );
  });

  it('terminates on any parent links, cycles included, places every task once and reports each cycle', () => {
    fc.assert(
      fc.property(organisationShape, (shape) => {
        const tasks = buildTasks(shape, false);
        const rollup = rollUpShape(shape, tasks);
        const placed = rollup.order.filter((id) => id.startsWith('task:'));
        expect([...placed].sort()).toEqual(tasks.map((task) => `task:${task.id}`).sort());
        expect(line(rollup, rollup.rootId).total).toEqual(independentlyConvertedTotal(tasks));
        // A task is on a loop when following parents from it comes back to it within n steps.
        const parentOf = new Map(tasks.map((task) => [task.id, task.parentId]));
        const onLoop = tasks
          .filter((task) => {
            let current = task.parentId;
            for (let step = 0; step < tasks.length && current !== undefined; step += 1) {
              if (current === task.id) return true;
              current = parentOf.get(current);
            }
            return false;
          })
          .map((task) => task.id);
        const reported = rollup.problems.flatMap((problem) => (problem.kind === 'parent-cycle' ? problem.taskIds : []));
        expect([...reported].sort()).toEqual([...onLoop].sort());
        for (const id of rollup.order) {
          const parentId = line(rollup, id).parentId;
          if (parentId !== undefined) expect(line(rollup, parentId).childIds).toContain(id);
        }
      }),
    );
  });
});
