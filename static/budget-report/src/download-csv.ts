/**
 * Saves text as a file from the browser: a Blob behind a temporary link. The byte-order mark tells
 * spreadsheet programs the file is UTF-8, so Polish and Russian names survive.
 * @example downloadCsv('Dimension,Key\r\n', 'mops-budget-GRW-2026-11-23.csv');
 */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the Blob to the download; give it a moment before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
