import { JiraHttp, type JiraHttpOptions } from '../../../src/hosts/jira/rest/jira-http';
import { JiraTracker } from '../../../src/hosts/jira/tracker/jira-tracker';
import { JiraTrackerSettings, type JiraTrackerSettingsInput } from '../../../src/hosts/jira/tracker/settings';
import { FakeJira } from './fake-jira';

/** The Acme Marketing site the fixtures were recorded from, as its admin configured Mops. */
export const ACME_SETTINGS: JiraTrackerSettingsInput = {
  fields: {
    budgetField: 'customfield_10050',
    kpiField: 'customfield_10060',
    teamField: 'customfield_10001',
  },
  subtaskIssueTypeId: '10003',
  siteUrl: 'https://acme-marketing.atlassian.net',
  jqlTimeZone: 'Europe/Warsaw',
};

export interface TrackerUnderTest {
  jira: FakeJira;
  http: JiraHttp;
  tracker: JiraTracker;
  /** Every wait the transport asked for, in milliseconds. */
  waits: number[];
}

const liveFakes: FakeJira[] = [];

// Every test that builds a tracker here also fails when any request or reply broke Jira's contract,
// even if the adapter caught the error the fake threw.
afterEach(() => {
  const violations = liveFakes.flatMap((fake) => fake.violations);
  liveFakes.length = 0;
  expect(violations).toEqual([]);
});

/** A tracker over a fresh fake Jira, with a sleep that records instead of waiting. */
export function trackerOverFakeJira(settings: Partial<JiraTrackerSettingsInput> = {}, http: JiraHttpOptions = {}): TrackerUnderTest {
  const jira = new FakeJira();
  liveFakes.push(jira);
  const waits: number[] = [];
  const transport = new JiraHttp(jira.requester, {
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => new Date('2026-11-25T09:30:00Z'),
    jitter: () => 0,
    ...http,
  });
  const tracker = new JiraTracker(transport, JiraTrackerSettings.parse({ ...ACME_SETTINGS, ...settings }));
  return { jira, http: transport, tracker, waits };
}

/** A deep copy of a fixture, so a test can alter it without touching the others. */
export const copy = <T>(value: T): T => structuredClone(value);

/** Collects every page of an async iterable. */
export async function allPages<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const collected: T[][] = [];
  for await (const page of pages) collected.push(page);
  return collected;
}
