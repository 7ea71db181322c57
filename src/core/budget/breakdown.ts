import { addTotals, type ExactTotals, type MoneyTotals, toMoneyTotals, zeroTotals } from './money-totals';

/** One row of a breakdown: a category, team or vendor and the base-currency money against it. */
export interface BreakdownEntry extends MoneyTotals {
  id: string;
  label: string;
}

/** The same money cut three ways; each cut adds up to the total of the node it belongs to. */
export interface BudgetBreakdown {
  byCategory: BreakdownEntry[];
  byTeam: BreakdownEntry[];
  byVendor: BreakdownEntry[];
}

/** Vendor bucket for budget lines that name no outside vendor. */
export const IN_HOUSE_VENDOR = 'in-house';
/** Team bucket for tasks whose task and project both name no team. */
export const NO_TEAM = 'no-team';

/** Where one task's money goes in each cut. */
export interface BreakdownKeys {
  category: { id: string; label: string };
  team: { id: string; label: string };
  vendor: { id: string; label: string };
}

type Cut = Map<string, { label: string; totals: ExactTotals }>;

/** A breakdown being summed, exactly, before it is handed out as numbers. */
export interface BreakdownTally {
  byCategory: Cut;
  byTeam: Cut;
  byVendor: Cut;
}

/**
 * An empty tally for one node.
 * @example finishBreakdown(newBreakdownTally(), 'Project “Web”') // { byCategory: [], byTeam: [], byVendor: [] }
 */
export function newBreakdownTally(): BreakdownTally {
  return { byCategory: new Map(), byTeam: new Map(), byVendor: new Map() };
}

function addToCut(cut: Cut, key: { id: string; label: string }, amounts: ExactTotals): void {
  const row = cut.get(key.id) ?? { label: key.label, totals: zeroTotals() };
  addTotals(row.totals, amounts);
  cut.set(key.id, row);
}

/**
 * Adds one task's converted amounts to all three cuts.
 * @example tallyTask(tally, { category: { id: 'media', label: 'Media' }, team: …, vendor: { id: 'in-house', label: 'In-house' } }, amounts)
 */
export function tallyTask(tally: BreakdownTally, keys: BreakdownKeys, amounts: ExactTotals): void {
  addToCut(tally.byCategory, keys.category, amounts);
  addToCut(tally.byTeam, keys.team, amounts);
  addToCut(tally.byVendor, keys.vendor, amounts);
}

function finishCut(cut: Cut, where: string): BreakdownEntry[] {
  const entries = [...cut].map(([id, row]) => ({ id, label: row.label, ...toMoneyTotals(row.totals, `${where}, ${row.label}`) }));
  // Largest plan first, as a report reads; ties by id so the order never depends on input order.
  return entries.sort((a, b) => b.planned - a.planned || b.actual - a.actual || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Hands a tally out as sorted rows, largest planned first.
 * @example finishBreakdown(tally, 'Project “Web”').byVendor // [{ id: 'in-house', label: 'In-house', planned: 120000, committed: 0, actual: 0 }]
 */
export function finishBreakdown(tally: BreakdownTally, where: string): BudgetBreakdown {
  return {
    byCategory: finishCut(tally.byCategory, where),
    byTeam: finishCut(tally.byTeam, where),
    byVendor: finishCut(tally.byVendor, where),
  };
}
