import { DEMO_HOLIDAYS } from './holidays';
import { LoadLedger, weekOf } from './load';
import { DEMO_PEOPLE } from './people';

const warsawDesigner = DEMO_PEOPLE.find((person) => person.id === 'p-piotr-zielinski');
const londonBuyer = DEMO_PEOPLE.find((person) => person.id === 'p-harry-patel');
if (!warsawDesigner || !londonBuyer) throw new Error('demo people changed');

describe('LoadLedger', () => {
  it('names a week by its Monday', () => {
    expect(weekOf('2026-11-29')).toBe('2026-11-23');
    expect(weekOf('2026-11-23')).toBe('2026-11-23');
  });

  it('loses a working day to Independence Day in Warsaw but not in London', () => {
    const ledger = new LoadLedger(DEMO_HOLIDAYS);
    expect(ledger.capacity(warsawDesigner, '2026-11-09') / 60).toBe(32);
    expect(ledger.capacity(londonBuyer, '2026-11-09') / 60).toBe(40);
  });

  it('spreads a task over the working days it spans, week by week', () => {
    const ledger = new LoadLedger(DEMO_HOLIDAYS);
    // Thursday to Tuesday: two working days in the first week, two in the next.
    const weeks = ledger.spread(londonBuyer, '2026-11-19', '2026-11-24', 16 * 60);
    expect([...weeks]).toEqual([
      ['2026-11-16', 480],
      ['2026-11-23', 480],
    ]);
  });

  it('refuses work that would take a week past the share it is allowed, once the week is booked', () => {
    const ledger = new LoadLedger(DEMO_HOLIDAYS);
    expect(ledger.fits(londonBuyer, '2026-11-30', '2026-12-04', 20 * 60, 0.6)).toBe(true);
    ledger.book(londonBuyer, '2026-11-30', '2026-12-04', 20 * 60);
    expect(ledger.fits(londonBuyer, '2026-11-30', '2026-12-04', 5 * 60, 0.6)).toBe(false);
    expect(ledger.fits(londonBuyer, '2026-11-30', '2026-12-04', 4 * 60, 0.6)).toBe(true);
  });

  it('finds no room on a day nobody works', () => {
    const ledger = new LoadLedger(DEMO_HOLIDAYS);
    expect(ledger.fits(warsawDesigner, '2026-11-11', '2026-11-11', 60, 0.6)).toBe(false);
  });
});
