import { type BudgetRollup, linesUnder } from './rollup-line';

/** A task under an alerting line and how much of the alert's metric it holds itself. */
export interface AlertDriver {
  taskId: string;
  lineId: string;
  key: string;
  title: string;
  /** The task's own committed or actual amount, in base minor units. */
  value: number;
  /** The task's own planned amount, in base minor units. */
  planned: number;
  /** True when the task's own metric exceeds its own plan. */
  overOwnPlan: boolean;
}

/** How many drivers an alert names. */
export const MAX_ALERT_DRIVERS = 5;

/**
 * The tasks under a line (the line itself included, when it is a task with its own money) holding the
 * most of `metric`, largest first. For overrun rules tasks that are themselves over their own plan come
 * first, since they are where the overrun is rather than where the plan was largest.
 * @example alertDrivers(rollup, 'task:spring', 'actual', true).map((driver) => driver.key) // ['WEB-12', 'WEB-14']
 */
export function alertDrivers(rollup: BudgetRollup, lineId: string, metric: 'committed' | 'actual', preferOverruns: boolean): AlertDriver[] {
  const drivers: AlertDriver[] = [];
  for (const line of linesUnder(rollup, lineId)) {
    const isTask = line.level === 'task' || line.level === 'epic' || line.level === 'campaign';
    const value = line.own[metric];
    if (!isTask || value <= 0) continue;
    drivers.push({
      taskId: line.entityId,
      lineId: line.id,
      key: line.key ?? line.entityId,
      title: line.name,
      value,
      planned: line.own.planned,
      overOwnPlan: value > line.own.planned,
    });
  }
  drivers.sort(
    (a, b) =>
      (preferOverruns ? Number(b.overOwnPlan) - Number(a.overOwnPlan) : 0) ||
      b.value - a.value ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return drivers.slice(0, MAX_ALERT_DRIVERS);
}
