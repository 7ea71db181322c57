import { DuplicatesReportTask, isOpenableTaskUrl } from './duplicates-report-view';

/** BRD-12 as the report sends it; only its link changes from story to story. */
const brandShoot = {
  id: '10042',
  key: 'BRD-12',
  title: 'Book a photographer for the Warsaw spring product shoot',
  url: '/browse/BRD-12',
  projectId: '10000',
  projectKey: 'BRD',
  projectName: 'BRD',
  teamName: 'Brand',
  ownerName: null,
  status: 'To Do',
  statusCategory: 'todo',
  membership: 'likely-duplicate',
  planned: { amount: 240_000, currency: 'EUR' },
  plannedInBase: 240_000,
};

describe('a duplicates report task’s link', () => {
  it('opens Jira’s or the local host’s /browse page, or the task in Asana', () => {
    expect(DuplicatesReportTask.parse(brandShoot).url).toBe('/browse/BRD-12');
    expect(DuplicatesReportTask.parse({ ...brandShoot, url: 'https://app.asana.com/0/1300000000000005/1300000000000021' }).url).toBe('https://app.asana.com/0/1300000000000005/1300000000000021');
  });

  it('refuses a javascript: link at the boundary, naming the value and what it would take', () => {
    const parsed = DuplicatesReportTask.safeParse({ ...brandShoot, url: 'javascript:alert(document.cookie)' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['url', 'url "javascript:alert(document.cookie)" is not a path on this site ("/browse/WEB-12") or an https: address'],
    ]);
  });

  it('refuses links that leave for another site or scheme however they are spelled', () => {
    const refused = ['', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://app.asana.com/0/1/2', '//evil.example/browse/BRD-12', '/\\evil.example', '/\t/evil.example', 'browse/BRD-12'];
    expect(refused.filter((url) => isOpenableTaskUrl(url))).toEqual([]);
  });
});
