import { budgetFieldValues, readBudget } from './budget-values';
import type { AsanaBudgetFields } from './budget-field-set';

const eur: AsanaBudgetFields = { currency: 'EUR', planned: '1201', committed: '1202', actual: '1203', category: { gid: '1204', options: { media: '1301', events: '1302' } } };
const usd: AsanaBudgetFields = { currency: 'USD', planned: '2201', committed: '2202', actual: '2203', category: { gid: '1204', options: { media: '1301', events: '1302' } } };

describe('readBudget', () => {
  it('reads a webinar’s EUR budget, an empty committed amount counting as zero', () => {
    const values = [
      { gid: '1201', number_value: 5000 },
      { gid: '1202', number_value: null },
      { gid: '1203', number_value: 1200.5 },
      { gid: '1204', enum_value: { gid: '1302', name: 'Events' } },
    ];
    expect(readBudget(values, [eur, usd])).toEqual({ budget: { planned: 500000, committed: 0, actual: 120050, currency: 'EUR', category: 'events' }, problems: [] });
  });

  it('finds no budget on a task whose amount fields are all empty', () => {
    expect(readBudget([{ gid: '1204', enum_value: { gid: '1301' } }], [eur])).toEqual({ problems: [] });
  });

  it('leaves the budget out and says why when an amount has more decimals than the currency', () => {
    const reading = readBudget([{ gid: '1201', number_value: 10.005 }, { gid: '1204', enum_value: { gid: '1301' } }], [eur]);
    expect(reading.budget).toBeUndefined();
    expect(reading.problems).toEqual(['Custom field 1201 (planned) holds 10.005: EUR allows at most 2 decimals; got "10.005"']);
  });

  it('names an unknown category option', () => {
    const reading = readBudget([{ gid: '2201', number_value: 100 }, { gid: '1204', enum_value: { gid: '9999' } }], [eur, usd]);
    expect(reading.budget).toBeUndefined();
    expect(reading.problems[0]).toContain('holds option 9999, which is none of Mops\' categories (media, events)');
  });
});

describe('budgetFieldValues', () => {
  it('writes amounts as exact decimals and the category as its option gid', () => {
    expect(budgetFieldValues({ planned: 500000, committed: 250000, actual: 120050, currency: 'EUR', category: 'media' }, [usd, eur])).toEqual({
      '1201': 5000,
      '1202': 2500,
      '1203': 1200.5,
      '1204': '1301',
    });
  });

  it('refuses a currency the workspace has no fields for, naming the ones it has', () => {
    expect(() => budgetFieldValues({ planned: 1, committed: 0, actual: 0, currency: 'PLN', category: 'media' }, [eur])).toThrow(
      'No Asana budget fields for currency PLN; the workspace has fields for: EUR',
    );
  });
});
