import { BudgetLine, budgetLineSchema } from './budget-line';

const valid = { planned: 500_000, committed: 120_000, actual: 0, currency: 'PLN', category: 'media' };

function messages(input: unknown, schema = BudgetLine): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('BudgetLine', () => {
  it('accepts a line with an optional agency as vendor', () => {
    expect(BudgetLine.parse({ ...valid, vendor: 'Northwind Creative' })).toEqual({ ...valid, vendor: 'Northwind Creative' });
  });

  it('names each bad field: negative, fractional, unknown currency', () => {
    expect(messages({ ...valid, planned: -100, actual: 10.5, currency: 'ABC' })).toEqual([
      'planned: Amount cannot be negative',
      'actual: Amount must be a whole number of minor units (e.g. cents), not a fraction',
      'currency: Unknown currency "ABC": not an active ISO 4217 code',
    ]);
  });

  it('rejects amounts over the per-currency maximum', () => {
    expect(messages({ ...valid, committed: 100_000_000_001 })).toEqual([
      'committed: committed is over the maximum of 1,000,000,000 PLN (100000000000 minor units)',
    ]);
  });

  it('leaves the category to the organisation’s list: any id passes the plain schema', () => {
    expect(messages({ ...valid, category: 'catering' })).toEqual([]);
    expect(messages({ ...valid, category: 'catering' }, budgetLineSchema())).toEqual([
      'category: Unknown cost category "catering"; expected one of: media, agency, production, stock-assets, tools-licences, events, people, other',
    ]);
  });

  it('rejects a category the organisation has not configured, listing the ones it has', () => {
    const schema = budgetLineSchema([{ id: 'media', label: 'Media' }, { id: 'events', label: 'Events' }]);
    expect(messages({ ...valid, category: 'catering' }, schema)).toEqual([
      'category: Unknown cost category "catering"; expected one of: media, events',
    ]);
  });
});
