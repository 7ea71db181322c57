import { token } from '@atlaskit/tokens';
import React from 'react';
import type { HeatmapCellView, HeatmapRowView, HeatmapView } from '../../../src/frontend/capacity-view/heatmap-view-model';
import type { Translate } from '../../../src/frontend/shared/messages';
import { styles } from '../../shared/styles';
import { heatCellStyle, visuallyHidden } from './heat-styles';

export interface OpenCell {
  row: HeatmapRowView;
  cell: HeatmapCellView;
}

interface HeatmapTableProps {
  view: HeatmapView;
  t: Translate;
  open: OpenCell | undefined;
  onOpen: (open: OpenCell) => void;
}

/**
 * People and role rows × weeks; each cell is a button that opens the work items filling it.
 * @example <HeatmapTable view={heatmap(report, filter, t, locale)} t={t} open={open} onOpen={setOpen} />
 */
export function HeatmapTable({ view, t, open, onOpen }: HeatmapTableProps) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ ...styles.table, borderCollapse: 'separate', borderSpacing: '2px' }} aria-label={t('capacityView.title')}>
        <thead>
          <tr>
            <th scope="col" style={styles.headCell}>
              {t('capacityView.head.who')}
            </th>
            {view.head.map((week) => (
              <th key={week.key} scope="col" title={week.detail} style={{ ...styles.headCell, whiteSpace: 'nowrap' }}>
                {week.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.key} data-row-kind={row.kind}>
              <th scope="row" style={{ ...styles.cell, borderBottom: 'none', whiteSpace: 'nowrap', fontWeight: row.kind === 'role' ? 700 : 400 }}>
                <span>{row.name}</span> <span style={{ ...styles.subtlest, font: token('font.body.small') }}>{row.detail}</span>
              </th>
              {row.cells.map((cell) => {
                const selected = open?.row.key === row.key && open.cell.key === cell.key;
                return (
                  <td key={cell.key} style={{ padding: 0 }}>
                    <button type="button" aria-label={cell.label} aria-pressed={selected} title={cell.detail} data-band={cell.band} style={heatCellStyle(cell.band, selected)} onClick={() => onOpen({ row, cell })}>
                      {cell.over ? <span aria-hidden="true">⚠ </span> : null}
                      {cell.text}
                      {cell.over ? <span style={visuallyHidden}> {t('capacityView.band.over')}</span> : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
