import { barChart, niceCeiling } from './bar-chart';
import type { BudgetRow } from './budget-rows';

const row = (key: string, planned: number, committed: number, actual: number): BudgetRow => ({ dimension: 'campaign', key, name: key, planned, committed, actual });

describe('niceCeiling', () => {
  it('rounds the largest amount up to 1, 2 or 5 times a power of ten', () => {
    expect([4_772_683, 5_000_000, 5_000_001, 120, 1, 0].map(niceCeiling)).toEqual([5_000_000, 5_000_000, 10_000_000, 200, 1, 1]);
  });
});

describe('barChart', () => {
  it('draws Black Friday’s actual beyond its plan on a €50,000 axis, and a smaller campaign in proportion', () => {
    const chart = barChart([row('GRW-17', 4_000_000, 3_000_000, 4_500_000), row('BRD-2', 1_000_000, 0, 500_000)], { width: 620, plotLeft: 200, barHeight: 10, groupGap: 10, axisHeight: 20 });
    expect(chart.plotWidth).toBe(388);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1_250_000, 2_500_000, 3_750_000, 5_000_000]);
    const [blackFriday, brand] = chart.groups;
    expect(blackFriday?.bars.map((bar) => [bar.measure, bar.width])).toEqual([
      ['planned', 310.4],
      ['committed', 232.8],
      ['actual', 349.2],
    ]);
    expect(blackFriday?.over).toBe(true);
    expect(brand?.bars.map((bar) => bar.width)).toEqual([77.6, 0, 38.8]);
    expect(brand?.y).toBe(45);
    expect(chart.height).toBe(100);
  });

  it('draws a refund larger than the spend as an empty bar rather than one running left', () => {
    expect(barChart([row('X', 100, 0, -50)]).groups[0]?.bars[2]?.width).toBe(0);
  });
});
