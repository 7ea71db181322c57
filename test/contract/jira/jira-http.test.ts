import { route } from '@forge/api';
import { z } from 'zod';
import { JiraHttpError, JiraNotFoundError, JiraPermissionError, JiraResponseShapeError, JiraUnavailableError } from '../../../src/hosts/jira/rest/jira-errors';
import { JiraHttp } from '../../../src/hosts/jira/rest/jira-http';
import { JiraIssue } from '../../../src/hosts/jira/rest/responses';
import { FakeJira } from './fake-jira';
import error403 from './fixtures/error-403-edit.json';
import error404 from './fixtures/error-404-issue.json';
import error429 from './fixtures/error-429.json';
import webinar from './fixtures/issue-webinar.json';

function transport(jira: FakeJira, options: ConstructorParameters<typeof JiraHttp>[1] = {}) {
  const waits: number[] = [];
  const http = new JiraHttp(jira.requester, {
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => new Date('2026-11-25T09:30:00Z'),
    jitter: () => 0,
    ...options,
  });
  return { http, waits };
}

const readWebinar = (http: JiraHttp) =>
  http.request({ method: 'GET', route: route`/rest/api/3/issue/${'10042'}?fields=${'summary'}`, subject: 'issue 10042', schema: JiraIssue });
const editWebinar = (http: JiraHttp) =>
  http.request({ method: 'PUT', route: route`/rest/api/3/issue/${'10042'}`, subject: 'issue 10042', body: { update: { labels: [{ add: 'webinar' }] } }, schema: z.unknown() });

let jira: FakeJira;
beforeEach(() => {
  jira = new FakeJira();
});
afterEach(() => expect(jira.violations).toEqual([]));

describe('JiraHttp retrying', () => {
  it('waits as long as Retry-After asks after a 429, then gets the issue: two calls, five seconds', async () => {
    jira.on('getIssue', [{ status: 429, body: error429, headers: { 'Retry-After': '5' } }, { status: 200, body: webinar }]);
    const { http, waits } = transport(jira);
    const issue = await readWebinar(http);
    expect(issue.key).toBe('WEB-12');
    expect(waits).toEqual([5000]);
    expect(http.hostCalls()).toBe(2);
    expect(http.waitedFor()).toBe(5000);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    jira.on('getIssue', [{ status: 429, body: error429, headers: { 'retry-after': 'Wed, 25 Nov 2026 09:30:03 GMT' } }, { status: 200, body: webinar }]);
    const { http, waits } = transport(jira);
    await readWebinar(http);
    expect(waits).toEqual([3000]);
  });

  it('backs off exponentially on 5xx without Retry-After: 250, 500, 1000 ms at the low end of the jitter', async () => {
    jira.on('getIssue', [{ status: 503 }, { status: 502, body: '<html>Bad gateway</html>' }, { status: 500 }, { status: 200, body: webinar }]);
    const { http, waits } = transport(jira);
    await readWebinar(http);
    expect(waits).toEqual([250, 500, 1000]);
    expect(http.hostCalls()).toBe(4);
  });

  it('spreads the wait with jitter up to the full exponential step', async () => {
    jira.on('getIssue', [{ status: 503 }, { status: 503 }, { status: 200, body: webinar }]);
    const { http, waits } = transport(jira, { jitter: () => 0.5 });
    await readWebinar(http);
    expect(waits).toEqual([375, 750]);
  });

  it('gives up after the retry cap with an error that says what was asked and how it went', async () => {
    jira.on('getIssue', { status: 503 });
    const { http, waits } = transport(jira, { maxRetries: 2 });
    const failure = readWebinar(http);
    await expect(failure).rejects.toThrow(JiraUnavailableError);
    await expect(failure).rejects.toThrow(
      'Jira did not serve issue 10042 (GET /rest/api/3/issue/10042?fields=summary): 3 attempts, last status 503, 0.8 s spent waiting; gave up after 2 retries',
    );
    expect(waits).toEqual([250, 500]);
    expect(http.hostCalls()).toBe(3);
  });

  it('does not start a wait that would pass the waiting budget: Forge would stop the function first', async () => {
    jira.on('getIssue', { status: 429, body: error429, headers: { 'Retry-After': '30' } });
    const { http, waits } = transport(jira, { maxTotalWaitMs: 10_000 });
    await expect(readWebinar(http)).rejects.toThrow('the next wait of 30.0 s would pass the 10.0 s waiting budget');
    expect(waits).toEqual([]);
    expect(http.hostCalls()).toBe(1);
  });

  it('counts the budget across requests of one invocation', async () => {
    jira.on('getIssue', [
      { status: 429, body: error429, headers: { 'Retry-After': '6' } },
      { status: 200, body: webinar },
      { status: 429, body: error429, headers: { 'Retry-After': '6' } },
    ]);
    const { http, waits } = transport(jira, { maxTotalWaitMs: 10_000 });
    await readWebinar(http);
    await expect(readWebinar(http)).rejects.toThrow('6.0 s spent waiting; the next wait of 6.0 s would pass the 10.0 s waiting budget');
    expect(waits).toEqual([6000]);
  });
});

describe('JiraHttp errors', () => {
  it('turns 403 into a permission error that names the issue and quotes Jira', async () => {
    jira.on('editIssue', { status: 403, body: error403 });
    const { http } = transport(jira);
    const failure = editWebinar(http);
    await expect(failure).rejects.toThrow(JiraPermissionError);
    await expect(failure).rejects.toThrow('No permission for issue 10042 (403 on PUT /rest/api/3/issue/10042): You do not have permission to edit issues in this project.');
    expect(http.hostCalls()).toBe(1);
  });

  it('turns 404 into a not-found error', async () => {
    jira.on('getIssue', { status: 404, body: error404 });
    const { http } = transport(jira);
    await expect(readWebinar(http)).rejects.toThrow(JiraNotFoundError);
  });

  it("carries Jira's field errors on other 4xx answers", async () => {
    jira.on('editIssue', { status: 400, body: { errorMessages: [], errors: { labels: "The label 'spring launch' contains spaces which is invalid." } } });
    const { http } = transport(jira);
    const failure = editWebinar(http);
    await expect(failure).rejects.toThrow(JiraHttpError);
    await expect(failure).rejects.toMatchObject({ status: 400, details: { errors: { labels: "The label 'spring launch' contains spaces which is invalid." } } });
    await expect(failure).rejects.toThrow("(400 on PUT /rest/api/3/issue/10042): labels: The label 'spring launch' contains spaces which is invalid.");
  });

  it('refuses a 2xx answer it cannot read, naming the field', async () => {
    jira.on('getIssue', { status: 200, body: { ...webinar, key: undefined } });
    const { http } = transport(jira);
    await expect(readWebinar(http)).rejects.toThrow(JiraResponseShapeError);
    await expect(readWebinar(http)).rejects.toThrow('key: Invalid input');
  });
});
