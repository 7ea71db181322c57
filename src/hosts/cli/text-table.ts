/**
 * Lines of a plain-text table: the first column left-aligned, the rest right-aligned, as numbers read.
 * @example textTable([['Team', 'h'], ['Growth', '12']]) // ['Team     h', 'Growth  12']
 */
export function textTable(rows: readonly (readonly string[])[], gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - [...cell].length);
        return column === 0 ? cell + padding : padding + cell;
      })
      .join(gap)
      .trimEnd(),
  );
}

/** Minutes as hours for reading, e.g. 450 → "7.5 h". */
export function hours(minutes: number): string {
  return `${(minutes / 60).toLocaleString('en', { maximumFractionDigits: 1 })} h`;
}

/** Basis points as a whole percent for reading, e.g. 12250 → "122%". */
export function percent(basisPoints: number | null): string {
  return basisPoints === null ? '—' : `${Math.floor(basisPoints / 100)}%`;
}

export function heading(title: string): string[] {
  return ['', title, '='.repeat([...title].length)];
}
