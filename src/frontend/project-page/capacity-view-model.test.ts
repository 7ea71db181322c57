import { capacityReport } from '../../app/capacity-report';
import { makePerson, makeTask } from '../../core/capacity/test-support';
import { translatorFor } from '../shared/messages';
import { CapacityReportView } from '../shared/report-schemas';
import { capacityTable, capacityTotals, doubleBookingRows, teamOptions, unallocatedSummary } from './capacity-view-model';

const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');
const en = translatorFor('en');

/**
 * Two weeks from Monday 9 November 2026. Ana (studio) has two 25-hour tasks in the first week against
 * her 40 hours, and a 10-hour task in the second; Ben (agency) has nothing. Two more of Ana's tasks
 * cannot be placed: one has no estimate, one has no due date.
 */
function twoWeeks() {
  const ana = makePerson({ id: 'ana', name: 'Ana Kowalska', teamId: 'studio' });
  const ben = makePerson({ id: 'ben', name: 'Ben Ortiz', teamId: 'agency' });
  const tasks = [
    makeTask({ id: '10012', assigneeId: 'ana', remainingMinutes: 1_500, startDate: '2026-11-09', dueDate: '2026-11-13' }),
    makeTask({ id: '10013', assigneeId: 'ana', remainingMinutes: 1_500, startDate: '2026-11-09', dueDate: '2026-11-13' }),
    makeTask({ id: '10014', assigneeId: 'ana', remainingMinutes: 600, startDate: '2026-11-16', dueDate: '2026-11-20' }),
    makeTask({ id: '10015', assigneeId: 'ana', startDate: '2026-11-16', dueDate: '2026-11-20' }),
    makeTask({ id: '10016', assigneeId: 'ana', remainingMinutes: 240 }),
  ];
  const report = capacityReport({ tasks, people: [ana, ben], settings: { holidays: {} } }, { start: '2026-11-09', weeks: 2 });
  // What the resolver sends is JSON; parse it the way the page does.
  return CapacityReportView.parse(JSON.parse(JSON.stringify(report)));
}

describe('capacityTable', () => {
  it('shows utilisation per person and week, with the over-allocated week flagged', () => {
    const table = capacityTable(twoWeeks().grid, en, 'en');
    expect(table.head.map((week) => [plain(week.text), week.detail])).toEqual([
      ['Nov 9 – 15', '2026-W46'],
      ['Nov 16 – 22', '2026-W47'],
    ]);
    const [ana, ben] = table.rows;
    expect(ana?.person).toBe('Ana Kowalska');
    expect(ana?.cells.map((cell) => [cell.text, cell.over, cell.detail])).toEqual([
      ['125%', true, 'Over-allocated: 50 hr of 40 hr'],
      ['25%', false, '10 hr of 40 hr'],
    ]);
    expect(ben?.cells.map((cell) => [cell.text, cell.over])).toEqual([
      ['0%', false],
      ['0%', false],
    ]);
  });

  it('writes the same cells for a Russian reader', () => {
    const [ana] = capacityTable(twoWeeks().grid, translatorFor('ru'), 'ru').rows;
    expect(ana?.cells.map((cell) => plain(cell.text))).toEqual(['125 %', '25 %']);
    expect(plain(ana?.cells[0]?.detail ?? '')).toBe('Перегрузка: 50 ч из 40 ч');
  });
});

describe('teamOptions', () => {
  it('offers each team once, sorted', () => {
    expect(teamOptions(twoWeeks().grid)).toEqual([
      { label: 'agency', value: 'agency' },
      { label: 'studio', value: 'studio' },
    ]);
  });
});

describe('doubleBookingRows', () => {
  it('names the person, the week, how far over, and the two tasks responsible', () => {
    expect(doubleBookingRows(twoWeeks(), en, 'en').map((row) => ({ ...row, week: plain(row.week) }))).toEqual([
      { key: 'ana:2026-11-09', person: 'Ana Kowalska', week: 'Nov 9 – 15', booked: '50 hr of 40 hr', tasks: ['10012 (25 hr)', '10013 (25 hr)'] },
    ]);
  });
});

describe('unallocatedSummary', () => {
  it('counts the work that is not on the plan by reason, with its effort', () => {
    const summary = unallocatedSummary(twoWeeks().grid, en, 'en');
    expect(summary.rows).toEqual([
      { key: 'unestimated', reason: 'No estimate', count: '1', effort: '0 hr' },
      { key: 'unscheduled', reason: 'No due date', count: '1', effort: '4 hr' },
    ]);
    expect(summary).toMatchObject({ unscheduled: 1, unestimated: 1 });
  });
});

describe('capacityTotals', () => {
  it('sums the weeks shown for everyone in the grid', () => {
    expect(capacityTotals(twoWeeks().grid, en, 'en')).toEqual({ summary: 'Allocated in these weeks: 60 hr of 160 hr available' });
  });
});
