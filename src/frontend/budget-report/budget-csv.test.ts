import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { translatorFor } from '../shared/messages';
import { budgetCsv, budgetCsvFileName, csvField } from './budget-csv';
import type { BudgetRow, BudgetRows } from './budget-rows';

const en = translatorFor('en');

function report(base: BudgetRows['base'], rows: Partial<BudgetRows['byDimension']>): BudgetRows {
  return { scope: 'project', base, asOf: '2026-11-23', total: { planned: 0, committed: 0, actual: 0 }, byDimension: { campaign: [], category: [], team: [], vendor: [], ...rows } };
}

const row = (dimension: BudgetRow['dimension'], key: string, name: string, planned: number, committed: number, actual: number): BudgetRow => ({ dimension, key, name, planned, committed, actual });

describe('budgetCsv', () => {
  it('writes Black Friday and its vendors with CRLF records, amounts exact to the cent', () => {
    const csv = budgetCsv(
      report('EUR', {
        campaign: [row('campaign', 'GRW-17', 'GRW-17 Black Friday 2026', 4_772_683, 5_926_689, 5_838_867)],
        vendor: [row('vendor', 'Studio Wrzos', 'Studio "Wrzos", Kraków', 988_840, 1_291_531, 1_261_820)],
      }),
      en,
    );
    expect(csv).toBe(
      'Dimension,Key,Name,Currency,Planned,Committed,Actual\r\n' +
        'Campaign,GRW-17,GRW-17 Black Friday 2026,EUR,47726.83,59266.89,58388.67\r\n' +
        'Vendor,Studio Wrzos,"Studio ""Wrzos"", Kraków",EUR,9888.40,12915.31,12618.20\r\n',
    );
  });

  it('uses the currency’s own digits: none for yen, three for dinars, and keeps amounts beyond float precision exact', () => {
    expect(budgetCsv(report('JPY', { team: [row('team', 'tokyo', 'Tokyo', 1_250_000, 0, -300)] }), en).split('\r\n')[1]).toBe('Team,tokyo,Tokyo,JPY,1250000,0,-300');
    expect(budgetCsv(report('KWD', { team: [row('team', 'kw', 'Kuwait', 1_234_567, 5, 9_007_199_254_740_991)] }), en).split('\r\n')[1]).toBe('Team,kw,Kuwait,KWD,1234.567,0.005,9007199254740.991');
  });

  it('heads the columns in the reader’s language', () => {
    expect(budgetCsv(report('EUR', {}), translatorFor('pl'))).toBe('Przekrój,Klucz,Nazwa,Waluta,Plan,Zobowiązania,Wykonanie\r\n');
  });

  it('reads back, field for field, through an RFC 4180 parser whatever the names hold', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string(), fc.integer({ min: -1e12, max: 1e12 })), { maxLength: 8 }), (entries) => {
        const rows = entries.map(([key, name, planned]) => row('category', key, name, planned, 0, 0));
        const parsed: string[][] = parse(budgetCsv(report('EUR', { category: rows }), en), { relax_column_count: false });
        expect(parsed).toHaveLength(rows.length + 1);
        parsed.slice(1).forEach((fields, index) => {
          const original = rows[index];
          const guarded = (text = '') => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
          expect([fields[1], fields[2]]).toEqual([guarded(original?.key), guarded(original?.name)]);
          expect(BigInt((fields[4] ?? '').replace('.', ''))).toBe(BigInt(original?.planned ?? 0));
        });
      }),
    );
  });
});

describe('csvField', () => {
  it('quotes only when it must, and keeps a formula as text', () => {
    expect(csvField('Media')).toBe('Media');
    expect(csvField('Kreacje, "landing"')).toBe('"Kreacje, ""landing"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('-5')).toBe("'-5");
  });
});

describe('budgetCsvFileName', () => {
  it('names the project and the day, or the organisation', () => {
    expect(budgetCsvFileName({ scope: 'project', asOf: '2026-11-23' }, 'GRW')).toBe('mops-budget-GRW-2026-11-23.csv');
    expect(budgetCsvFileName({ scope: 'organisation', asOf: '2026-11-23' }, 'GRW')).toBe('mops-budget-organisation-2026-11-23.csv');
  });
});
