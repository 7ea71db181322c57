import type { BudgetRow } from './budget-rows';

export const BAR_MEASURES = ['planned', 'committed', 'actual'] as const;
export type BarMeasure = (typeof BAR_MEASURES)[number];

export interface Bar {
  measure: BarMeasure;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Minor units, for the label. */
  value: number;
}

export interface BarGroup {
  key: string;
  name: string;
  /** Top of the group's first bar; its name is drawn level with the group's middle. */
  y: number;
  middle: number;
  bars: Bar[];
  /** Actual above planned. */
  over: boolean;
}

export interface BarChart {
  width: number;
  height: number;
  /** Where the bars start; names sit to the left of it. */
  plotLeft: number;
  plotWidth: number;
  groups: BarGroup[];
  /** Gridlines: position and the amount (minor units) they stand for. */
  ticks: Array<{ x: number; value: number }>;
}

export interface BarChartLayout {
  width: number;
  plotLeft: number;
  barHeight: number;
  /** Space between the groups and under the last one for the tick labels. */
  groupGap: number;
  axisHeight: number;
}

const DEFAULT_LAYOUT: BarChartLayout = { width: 720, plotLeft: 220, barHeight: 10, groupGap: 14, axisHeight: 24 };

/**
 * A round top for the axis: 1, 2 or 5 times a power of ten, at or above the largest value, so
 * the four gridlines land on amounts people can read at a glance.
 * @example niceCeiling(4_772_683) // 5_000_000
 */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Grouped horizontal bars, planned / committed / actual per row, on one scale from zero. Negative
 * amounts (a refund larger than the spend) are drawn as zero-length bars; the table shows the number.
 * @example barChart(rows.byDimension.campaign).groups[0].bars.map((bar) => bar.measure) // ['planned', 'committed', 'actual']
 */
export function barChart(rows: readonly BudgetRow[], layout: Partial<BarChartLayout> = {}): BarChart {
  const { width, plotLeft, barHeight, groupGap, axisHeight } = { ...DEFAULT_LAYOUT, ...layout };
  // Room on the right for the last tick's label, which is centred on the plot's edge.
  const plotWidth = Math.max(1, width - plotLeft - 32);
  const top = niceCeiling(Math.max(0, ...rows.flatMap((row) => [row.planned, row.committed, row.actual])));
  // Tenths of a pixel are finer than any screen draws, and keep the SVG short.
  const scale = (value: number) => Math.round((Math.max(0, value) / top) * plotWidth * 10) / 10;
  const groupHeight = BAR_MEASURES.length * barHeight + groupGap;
  const groups = rows.map((row, index) => {
    const y = index * groupHeight + groupGap / 2;
    return {
      key: `${row.dimension}:${row.key}`,
      name: row.name,
      y,
      middle: y + (BAR_MEASURES.length * barHeight) / 2,
      bars: BAR_MEASURES.map((measure, position) => ({ measure, x: plotLeft, y: y + position * barHeight, width: scale(row[measure]), height: barHeight - 2, value: row[measure] })),
      over: row.actual > row.planned,
    };
  });
  const ticks = [0, 1, 2, 3, 4].map((quarter) => ({ x: plotLeft + (quarter / 4) * plotWidth, value: (top / 4) * quarter }));
  return { width, height: rows.length * groupHeight + axisHeight, plotLeft, plotWidth, groups, ticks };
}
