import { makeTask } from '../../../../test/support/tasks';
import { DEFAULT_TEMPLATES } from '../../../core/templates';
import { missingRequiredFields, taskAfter } from './missing-fields';

const webinar = DEFAULT_TEMPLATES.find((template) => template.id === 'webinar');
if (!webinar) throw new Error('the default templates have a webinar');
const task = makeTask({ id: 'asana:1209', key: '1209', title: 'Spring webinar', ownerId: '1201', dueDate: '2026-12-10' });

describe('missingRequiredFields', () => {
  it('names the planned budget and the KPI when only the owner and the date are set', () => {
    expect(missingRequiredFields(task, webinar)).toEqual(['Set the planned budget', 'Set the KPI/goal']);
  });

  it('counts what Mops wrote in the same run: a KPI and a positive planned budget close the gaps', () => {
    const after = taskAfter(task, [{ fields: { kpi: '300 registrations' } }, { budget: { planned: 500_000, committed: 0, actual: 0, currency: 'EUR', category: 'events' } }]);
    expect(missingRequiredFields(after, webinar)).toEqual([]);
  });
});
