import { reportForPath } from './report-route';

describe('reportForPath', () => {
  it('opens the report a Jira subpage route names', () => {
    expect(reportForPath('/capacity', 'project')).toBe('capacity');
    expect(reportForPath('/budget', 'project')).toBe('budget');
    expect(reportForPath('/duplicates/', 'project')).toBe('duplicates');
    expect(reportForPath('/Capacity', 'global')).toBe('capacity');
  });

  it("opens the module's first page on the bare URL or an unknown route", () => {
    expect(reportForPath('/', 'project')).toBe('capacity');
    expect(reportForPath('', 'global')).toBe('duplicates');
    expect(reportForPath('/settings', 'global')).toBe('duplicates');
  });
});
