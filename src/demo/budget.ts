import type { BudgetLine } from '../core/budget/budget-line';
import type { StatusCategory } from '../core/task/task';
import type { BudgetProfile, DemoCurrency } from './campaigns';
import { AGENCY_VENDOR } from './people';
import type { Random } from './random';

/** Rough euro value of one unit of each currency, only to turn a euro range into a local price. */
const UNITS_PER_EURO: Record<DemoCurrency, number> = { EUR: 1, USD: 1.16, PLN: 4.25, GBP: 0.87 };

/**
 * A price in minor units of `currency` for an amount drawn in euros, rounded to tens of major
 * units the way people budget.
 * @example priceIn('PLN', 1000) // 425000 (4,250.00 PLN)
 */
export function priceIn(currency: DemoCurrency, euros: number): number {
  return Math.round((euros * UNITS_PER_EURO[currency]) / 10) * 10 * 100;
}

function share(amount: number, permille: number): number {
  return Math.round((amount * permille) / 1000);
}

/**
 * Committed and actual spend for a task in a campaign of the given profile. The bounds hold for every
 * single task, so they hold for any sum of tasks too whatever the exchange rates: a `normal`
 * campaign can never cross the 90 % committed warning by accident, an `overrun` one always spends
 * more than planned. Undefined means the task carries no budget line (not-started work in an
 * overrun campaign has nothing planned yet).
 * @example spendFor(createRandom(1), 'overrun', 'done', 100000) // e.g. { committed: 124000, actual: 124000 }
 */
export function spendFor(random: Random, profile: BudgetProfile, category: StatusCategory, planned: number): { committed: number; actual: number } | undefined {
  switch (profile) {
    case 'normal': {
      if (category === 'done') {
        const spent = share(planned, random.int(700, 850));
        return { committed: spent, actual: spent };
      }
      if (category === 'in_progress') {
        const committed = share(planned, random.int(400, 850));
        return { committed, actual: share(committed, random.int(200, 800)) };
      }
      return { committed: random.chance(0.3) ? share(planned, random.int(100, 400)) : 0, actual: 0 };
    }
    case 'committed-warning': {
      const committed = share(planned, random.int(920, 980));
      if (category === 'done') return { committed, actual: share(committed, random.int(850, 1000)) };
      if (category === 'in_progress') return { committed, actual: share(committed, random.int(300, 700)) };
      return { committed, actual: 0 };
    }
    case 'overrun': {
      if (category === 'todo') return undefined;
      if (category === 'done') {
        const spent = share(planned, random.int(1120, 1400));
        return { committed: spent, actual: spent };
      }
      const actual = share(planned, random.int(1050, 1200));
      return { committed: Math.max(actual, share(planned, random.int(1100, 1300))), actual };
    }
  }
}

/**
 * A full budget line for a task done by `teamId`: agencies appear as the vendor.
 * @example budgetLineFor(random, 'normal', 'todo', 'GBP', 'media', 4000, 'team-brightwave')?.vendor // 'Brightwave Media'
 */
export function budgetLineFor(
  random: Random,
  profile: BudgetProfile,
  category: StatusCategory,
  currency: DemoCurrency,
  costCategory: string,
  euros: number,
  teamId: string,
): BudgetLine | undefined {
  const planned = priceIn(currency, euros);
  const spend = spendFor(random, profile, category, planned);
  if (spend === undefined) return undefined;
  const vendor = AGENCY_VENDOR[teamId];
  return { planned, ...spend, currency, category: costCategory, ...(vendor === undefined ? {} : { vendor }) };
}
