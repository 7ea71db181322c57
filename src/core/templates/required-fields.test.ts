import { aTask } from './fixtures';
import { checkRequiredField, readTaskField } from './required-fields';

const leadTarget = { field: 'fields.leads', rule: 'positive', label: 'lead target' } as const;
const plannedBudget = { field: 'budget.planned', rule: 'positive', label: 'planned budget' } as const;

describe('checking one required field', () => {
  it('reads custom fields and budget amounts by path', () => {
    const task = aTask({ id: 'em-3', fields: { kpi: '25% open rate' }, budget: { planned: 80_000, committed: 0, actual: 0, currency: 'JPY', category: 'media' } });
    expect(readTaskField(task, 'fields.kpi')).toBe('25% open rate');
    expect(readTaskField(task, 'budget.planned')).toBe(80_000);
    expect(readTaskField(task, 'fields.audience')).toBeUndefined();
  });

  it('treats a blank custom field as missing', () => {
    expect(checkRequiredField(aTask({ id: 'em-3', fields: { kpi: '   ' } }), { field: 'fields.kpi', rule: 'set', label: 'KPI/goal' })).toEqual({
      outcome: 'missing',
      fix: 'Set the KPI/goal',
    });
  });

  it('wants a number above zero in a custom field checked as positive', () => {
    expect(checkRequiredField(aTask({ id: 'em-3', fields: { leads: '120' } }), leadTarget)).toEqual({ outcome: 'ok' });
    expect(checkRequiredField(aTask({ id: 'em-3', fields: { leads: '0.0' } }), leadTarget)).toEqual({ outcome: 'invalid', fix: 'Set the lead target above zero (it is “0.0”)' });
    expect(checkRequiredField(aTask({ id: 'em-3', fields: { leads: 'lots' } }), leadTarget)).toEqual({
      outcome: 'invalid',
      fix: 'Set the lead target to a number above zero (it is “lots”)',
    });
  });

  it('shows a zero budget in its own currency', () => {
    const yen = aTask({ id: 'em-4', budget: { planned: 0, committed: 0, actual: 0, currency: 'JPY', category: 'media' } });
    expect(checkRequiredField(yen, plannedBudget)).toEqual({ outcome: 'invalid', fix: 'Set the planned budget above zero (it is 0 JPY)' });
    expect(checkRequiredField(aTask({ id: 'em-5' }), plannedBudget)).toEqual({ outcome: 'missing', fix: 'Set the planned budget' });
  });

  it('accepts a start date on the due date itself', () => {
    const startDate = { field: 'startDate', rule: 'before-due', label: 'start date' } as const;
    expect(checkRequiredField(aTask({ id: 'pl-1', startDate: '2026-12-10', dueDate: '2026-12-10' }), startDate)).toEqual({ outcome: 'ok' });
    expect(checkRequiredField(aTask({ id: 'pl-1', startDate: '2026-12-11', dueDate: '2026-12-10' }), startDate)).toEqual({
      outcome: 'invalid',
      fix: 'Move the start date (2026-12-11) to on or before the due date (2026-12-10)',
    });
  });
});
