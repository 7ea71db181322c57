import { token } from '@atlaskit/tokens';
import React from 'react';
import { barChart, type BarMeasure } from '../../../src/frontend/budget-report/bar-chart';
import type { BudgetRow } from '../../../src/frontend/budget-report/budget-rows';
import type { Translate } from '../../../src/frontend/shared/messages';
import { styles } from '../../shared/styles';

/*
 * Planned, committed and actual are told apart by colour and by fill: planned is an outline, committed
 * a solid subtle bar, actual a bold one, so the chart reads in greyscale and for colour-blind readers.
 */
const BAR: Record<BarMeasure, React.SVGProps<SVGRectElement>> = {
  planned: { fill: token('color.background.neutral'), stroke: token('color.border.bold'), strokeWidth: 1 },
  committed: { fill: token('color.background.accent.blue.subtle') },
  actual: { fill: token('color.background.accent.blue.bolder') },
};
const OVER_ACTUAL: React.SVGProps<SVGRectElement> = { fill: token('color.background.danger.bold') };

interface BudgetChartProps {
  rows: BudgetRow[];
  t: Translate;
  money: (minor: number) => string;
  axisMoney: (minor: number) => string;
}

/**
 * Grouped horizontal bars, one group per row of the table beside it; the table holds the exact numbers.
 * @example <BudgetChart rows={rows.byDimension.campaign} t={t} money={(minor) => displayMoney(minor, 'EUR', 'en')} axisMoney={compact} />
 */
export function BudgetChart({ rows, t, money, axisMoney }: BudgetChartProps) {
  const chart = barChart(rows);
  const title = t('budgetReport.chart.title');
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ ...styles.row, ...styles.subtle }}>
        {title}:
        {(['planned', 'committed', 'actual'] as const).map((measure) => (
          <span key={measure} style={styles.row}>
            <svg width="14" height="10" aria-hidden="true">
              <rect x="0.5" y="0.5" width="13" height="9" {...BAR[measure]} />
            </svg>
            {t(`money.${measure}`)}
          </span>
        ))}
      </figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 ${chart.width} ${chart.height}`} width="100%" style={{ maxWidth: `${chart.width}px`, font: token('font.body.small') }}>
        {chart.ticks.map((tick) => (
          <g key={tick.x}>
            <line x1={tick.x} x2={tick.x} y1={0} y2={chart.height - 18} stroke={token('color.border')} />
            <text x={tick.x} y={chart.height - 4} textAnchor="middle" fill={token('color.text.subtlest')}>
              {axisMoney(tick.value)}
            </text>
          </g>
        ))}
        {chart.groups.map((group) => (
          <g key={group.key} role="listitem" aria-label={t('budgetReport.chart.bar', { name: group.name, planned: money(group.bars[0]?.value ?? 0), committed: money(group.bars[1]?.value ?? 0), actual: money(group.bars[2]?.value ?? 0) })}>
            <text x={chart.plotLeft - 8} y={group.middle} dominantBaseline="middle" textAnchor="end" fill={token('color.text')}>
              {group.over ? '⚠ ' : ''}
              {group.name.length > 30 ? `${group.name.slice(0, 29)}…` : group.name}
            </text>
            {group.bars.map((bar) => (
              <rect key={bar.measure} x={bar.x} y={bar.y} width={bar.width} height={bar.height} {...(bar.measure === 'actual' && group.over ? OVER_ACTUAL : BAR[bar.measure])}>
                <title>{`${t(`money.${bar.measure}`)}: ${money(bar.value)}`}</title>
              </rect>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}
