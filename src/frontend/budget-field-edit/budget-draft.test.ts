import { DEFAULT_COST_CATEGORIES } from '../../core/budget/categories';
import { budgetFieldValue } from '../../hosts/jira/tracker/issue-edit';
import { translatorFor } from '../shared/messages';
import { amountHint, type BudgetDraft, categoryChoices, checkDraft, currencyChoices, draftFromFieldValue, visibleProblems } from './budget-draft';

const en = { t: translatorFor('en'), locale: 'en' };
const ru = { t: translatorFor('ru'), locale: 'ru' };
const pl = { t: translatorFor('pl'), locale: 'pl' };
const CATEGORIES = [...DEFAULT_COST_CATEGORIES, { id: 'influencers', label: 'Influencers' }];

/** A trade-fair stand in Warsaw: 48,500 zł planned, the stand builder booked for 12,000 zł, 3,250.40 zł spent. */
const stand: BudgetDraft = { planned: '48500', committed: '12000.00', actual: '3250.40', currency: 'PLN', category: 'events', vendor: 'StreamHall' };

describe('draftFromFieldValue', () => {
  it('writes the stored minor units back as decimals of the budget’s own currency', () => {
    expect(draftFromFieldValue({ planned: 4_850_000, committed: 1_200_000, actual: 325_040, currency: 'PLN', category: 'events', vendor: 'StreamHall' }, 'EUR')).toEqual({
      planned: '48500.00',
      committed: '12000.00',
      actual: '3250.40',
      currency: 'PLN',
      category: 'events',
      vendor: 'StreamHall',
    });
    expect(draftFromFieldValue({ planned: 1_500_000, committed: 0, actual: 0, currency: 'JPY', category: 'media' }, 'EUR')).toMatchObject({ planned: '1500000', committed: '0', vendor: '' });
    expect(draftFromFieldValue({ planned: 1_250, committed: 0, actual: 5, currency: 'KWD', category: 'media' }, 'EUR')).toMatchObject({ planned: '1.250', actual: '0.005' });
  });

  it('starts an empty field, or one holding something else, as a blank budget in the base currency', () => {
    const blank = { planned: '', committed: '', actual: '', currency: 'EUR', category: '', vendor: '' };
    expect(draftFromFieldValue(undefined, 'EUR')).toEqual(blank);
    expect(draftFromFieldValue(null, 'EUR')).toEqual(blank);
    expect(draftFromFieldValue({ planned: 12.5, committed: 0, actual: 0, currency: 'EUR', category: 'media' }, 'EUR')).toEqual(blank);
    expect(draftFromFieldValue('12000 EUR', 'USD')).toEqual({ ...blank, currency: 'USD' });
  });

  it('keeps a category the organisation has since dropped, so the form can say so', () => {
    expect(draftFromFieldValue({ planned: 100, committed: 0, actual: 0, currency: 'EUR', category: 'print' }, 'EUR').category).toBe('print');
  });
});

describe('checkDraft', () => {
  it('turns a valid draft into the field’s value in minor units: what Mops itself writes to the field', () => {
    const check = checkDraft(stand, CATEGORIES, en);
    expect(check).toEqual({ ok: true, value: { planned: 4_850_000, committed: 1_200_000, actual: 325_040, currency: 'PLN', category: 'events', vendor: 'StreamHall' } });
    if (check.ok) expect(check.value).toEqual(budgetFieldValue(check.value));
  });

  it('leaves out an empty vendor and reads empty amounts as zero', () => {
    expect(checkDraft({ ...stand, committed: '', actual: '', vendor: '  ' }, CATEGORIES, en)).toEqual({
      ok: true,
      value: { planned: 4_850_000, committed: 0, actual: 0, currency: 'PLN', category: 'events' },
    });
  });

  it('names each wrong amount with its field and what the currency accepts', () => {
    expect(checkDraft({ ...stand, currency: 'EUR', committed: '3.141', actual: '-20' }, CATEGORIES, en)).toEqual({
      ok: false,
      problems: {
        committed: { message: 'Committed: EUR allows at most 2 decimals; got "3.141"' },
        actual: { message: 'Actual cannot be negative; got "-20"' },
      },
    });
  });

  it('re-checks the amounts when the currency changes: 12.50 is fine in euro, not in yen', () => {
    const draft = { ...stand, planned: '12.50' };
    expect(checkDraft({ ...draft, currency: 'EUR' }, CATEGORIES, en).ok).toBe(true);
    expect(checkDraft({ ...draft, currency: 'JPY' }, CATEGORIES, en)).toEqual({ ok: false, problems: { planned: { message: 'Planned: JPY has no decimals; got "12.50"' }, committed: { message: 'Committed: JPY has no decimals; got "12000.00"' }, actual: { message: 'Actual: JPY has no decimals; got "3250.40"' } } });
  });

  it('refuses more than a billion in the field’s own words', () => {
    expect(checkDraft({ ...stand, planned: '1000000000.01' }, CATEGORIES, en)).toEqual({
      ok: false,
      problems: { planned: { message: 'Planned is over the maximum of 1,000,000,000 PLN; got "1000000000.01"' } },
    });
  });

  it('asks for a category, listing the organisation’s, and refuses one it does not have', () => {
    expect(checkDraft({ ...stand, category: '' }, DEFAULT_COST_CATEGORIES, en)).toEqual({
      ok: false,
      problems: { category: { message: 'Choose a cost category: Media, Agency, Production, Stock assets, Tools and licences, Events, People, Other', missing: true } },
    });
    expect(checkDraft({ ...stand, category: 'print' }, [{ id: 'events', label: 'Events' }, { id: 'influencers', label: 'Influencers' }], en)).toEqual({
      ok: false,
      problems: { category: { message: 'Cost category "print" is not one of this organisation’s: Events, Influencers' } },
    });
  });

  it('refuses a currency Mops does not know without guessing its decimals', () => {
    expect(checkDraft({ ...stand, currency: 'EURO' }, CATEGORIES, en)).toEqual({
      ok: false,
      problems: { currency: { message: 'Currency "EURO" is not an ISO 4217 code Mops knows; choose one from the list' } },
    });
  });

  it('says all of it in Russian and Polish', () => {
    expect(checkDraft({ ...stand, currency: 'EUR', committed: '3.141', category: 'print' }, [{ id: 'events', label: 'Events' }], ru)).toEqual({
      ok: false,
      problems: {
        committed: { message: 'Обязательства: знаков после точки для EUR — не больше 2; введено «3.141»' },
        category: { message: 'Категории затрат «print» нет в списке организации: Мероприятия' },
      },
    });
    expect(checkDraft({ ...stand, category: 'print' }, [{ id: 'events', label: 'Events' }, { id: 'influencers', label: 'Influencers' }], ru)).toEqual({
      ok: false,
      problems: { category: { message: 'Категории затрат «print» нет в списке организации: Мероприятия, Influencers' } },
    });
    expect(checkDraft({ ...stand, actual: '12k', category: '' }, [{ id: 'events', label: 'Events' }], pl)).toEqual({
      ok: false,
      problems: {
        category: { message: 'Wybierz kategorię kosztów: Wydarzenia', missing: true },
        actual: { message: 'Wykonanie: „12k” to nie kwota; użyj cyfr i „,” dla części dziesiętnej, np. 1250,50' },
      },
    });
  });
});

describe('visibleProblems', () => {
  it('keeps a fresh form quiet about the unchosen category until the person tries to save', () => {
    const check = checkDraft({ ...stand, category: '', planned: '3.141' }, CATEGORIES, en);
    expect(Object.keys(visibleProblems(check, false))).toEqual(['planned']);
    expect(Object.keys(visibleProblems(check, true)).sort()).toEqual(['category', 'planned']);
    expect(visibleProblems(checkDraft(stand, CATEGORIES, en), true)).toEqual({});
  });
});

describe('choices', () => {
  it('shows standard categories in the reader’s language and the organisation’s own by their label', () => {
    expect(categoryChoices([{ id: 'stock-assets', label: 'Stock assets' }, { id: 'influencers', label: 'Influencers' }], translatorFor('ru'))).toEqual([
      { label: 'Стоковые материалы', value: 'stock-assets' },
      { label: 'Influencers', value: 'influencers' },
    ]);
  });

  it('offers the organisation’s currencies plus the one an existing budget is in', () => {
    expect(currencyChoices(['EUR', 'GBP', 'PLN', 'USD'], 'EUR')).toEqual(['EUR', 'GBP', 'PLN', 'USD']);
    expect(currencyChoices(['EUR', 'GBP'], 'CHF')).toEqual(['EUR', 'GBP', 'CHF']);
  });

  it('hints the currency and its decimals under the amounts', () => {
    expect(amountHint('PLN', translatorFor('pl'))).toBe('W PLN, np. 1250.50; puste pole oznacza 0.');
    expect(amountHint('JPY', translatorFor('en'))).toBe('In JPY, e.g. 1250; empty means 0.');
  });
});
