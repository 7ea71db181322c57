import { projectsOfTasks } from './organisation-of-tasks';

describe('projectsOfTasks', () => {
  it('names each project by the key its issues carry, once per project, in the site portfolio', () => {
    expect(projectsOfTasks([{ projectId: '10000', key: 'EVT-12' }, { projectId: '10001', key: 'AGY-3' }, { projectId: '10000', key: 'EVT-1' }, { projectId: '10002', key: 'MULTI-PART-7' }])).toEqual([
      { id: '10000', key: 'EVT', name: 'EVT', portfolioId: 'jira-site' },
      { id: '10001', key: 'AGY', name: 'AGY', portfolioId: 'jira-site' },
      { id: '10002', key: 'MULTI-PART', name: 'MULTI-PART', portfolioId: 'jira-site' },
    ]);
  });

  it('falls back to the project id for a key without a dash', () => {
    expect(projectsOfTasks([{ projectId: '10009', key: 'odd' }])).toEqual([{ id: '10009', key: '10009', name: '10009', portfolioId: 'jira-site' }]);
  });
});
