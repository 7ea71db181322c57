import { asanaStatus, asanaTaskToTask } from './asana-task-to-task';

const settings = { budgetFields: [], textFields: { kpi: '1205' }, inProgressSections: ['In progress', 'Doing'] };
const record = {
  gid: '1209',
  name: 'Launch event',
  created_at: '2026-11-20T08:00:00.000Z',
  modified_at: '2026-11-22T10:30:00.000Z',
  resource_subtype: 'milestone',
  completed: false,
  memberships: [{ project: { gid: '7' }, section: { gid: '70', name: 'doing' } }],
  custom_fields: [{ gid: '1205', text_value: '  500 attendees ' }],
};

describe('asanaStatus', () => {
  it('is done when completed, in progress in a started section (any case), to do otherwise', () => {
    expect(asanaStatus({ completed: true }, ['Doing'])).toEqual({ status: 'Completed', statusCategory: 'done' });
    expect(asanaStatus({ completed: false, memberships: [{ section: { gid: '1', name: 'doing' } }] }, ['Doing'])).toEqual({ status: 'doing', statusCategory: 'in_progress' });
    expect(asanaStatus({ completed: false, memberships: [{ section: { gid: '1', name: 'Backlog' } }] }, ['Doing'])).toEqual({ status: 'Backlog', statusCategory: 'todo' });
    expect(asanaStatus({ completed: false }, ['Doing'])).toEqual({ status: 'Open', statusCategory: 'todo' });
  });
});

describe('asanaTaskToTask', () => {
  it('maps a milestone with its project, section and KPI text field', () => {
    const mapped = asanaTaskToTask(record, { settings });
    expect(mapped).toMatchObject({ ok: true, updatedAt: '2026-11-22T10:30:00.000Z', task: { id: '1209', projectId: '7', type: 'milestone', statusCategory: 'in_progress', fields: { kpi: '500 attendees' } } });
  });

  it('takes a subtask’s project from its parent', () => {
    const parent = asanaTaskToTask(record, { settings });
    if (!parent.ok) throw new Error('parent did not map');
    const subtask = asanaTaskToTask({ gid: '1210', name: 'Book venue', created_at: '2026-11-21T08:00:00.000Z', parent: { gid: '1209' } }, { settings, parent: parent.task });
    expect(subtask).toMatchObject({ ok: true, task: { projectId: '7', parentId: '1209', type: 'subtask' } });
  });

  it('cannot map a task in no project with no known parent, and says which Asana field is missing', () => {
    const mapped = asanaTaskToTask({ gid: '1211', name: 'Orphan', created_at: '2026-11-21T08:00:00.000Z' }, { settings });
    expect(mapped.ok).toBe(false);
    expect(mapped.problems.map((problem) => problem.field)).toEqual(['projects / memberships']);
  });
});
