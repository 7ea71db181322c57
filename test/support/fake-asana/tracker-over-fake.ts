import { AsanaHttp, type AsanaHttpOptions } from '../../../src/hosts/asana/api/asana-http';
import { officialAsanaTransport } from '../../../src/hosts/asana/api/asana-transport';
import { memoryAsanaTaskStateStore } from '../../../src/hosts/asana/ports/asana-stores';
import { AsanaTracker } from '../../../src/hosts/asana/tracker/asana-tracker';
import { AsanaTrackerSettings, type AsanaTrackerSettingsInput } from '../../../src/hosts/asana/tracker/settings';
import type { FakeAsana } from './fake-asana';

export interface TrackerOverFake {
  http: AsanaHttp;
  tracker: AsanaTracker;
  states: ReturnType<typeof memoryAsanaTaskStateStore>;
  /** Every wait the client asked for, in milliseconds; nothing actually sleeps. */
  waits: number[];
}

/**
 * An AsanaHttp over the official `asana` client pointed at the fake, acting as the user whose token
 * is given, with a sleep that records instead of waiting.
 * @example const { http, waits } = httpOverFake(fake, 'ana-token')
 */
export function httpOverFake(fake: FakeAsana, accessToken: string, options: AsanaHttpOptions = {}): { http: AsanaHttp; waits: number[] } {
  const waits: number[] = [];
  const http = new AsanaHttp(officialAsanaTransport({ baseUrl: fake.baseUrl, accessToken, timeoutMs: 10_000 }), {
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => new Date('2026-11-23T09:00:00Z'),
    ...options,
  });
  return { http, waits };
}

/**
 * The Asana tracker over the fake, for one user's token, with the settings given.
 * @example const { tracker } = trackerOverFake(fake, 'ana-token', { workspaceGid: fake.world.workspaceGid, projectGids: [brand.gid] })
 */
export function trackerOverFake(fake: FakeAsana, accessToken: string, settings: AsanaTrackerSettingsInput, options: AsanaHttpOptions = {}): TrackerOverFake {
  const { http, waits } = httpOverFake(fake, accessToken, options);
  const states = memoryAsanaTaskStateStore();
  const tracker = new AsanaTracker(http, AsanaTrackerSettings.parse(settings), states, { now: () => new Date('2026-11-23T09:00:00Z') });
  return { http, tracker, states, waits };
}
