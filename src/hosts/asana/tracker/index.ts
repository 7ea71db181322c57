import { z } from 'zod';
import { AsanaHttp, type AsanaHttpOptions } from '../api/asana-http';
import { ASANA_API_URL, officialAsanaTransport } from '../api/asana-transport';
import type { AsanaTaskStateStore } from '../ports/asana-stores';
import { AsanaTracker, type AsanaTrackerOptions } from './asana-tracker';
import { AsanaTrackerSettings, type AsanaTrackerSettingsInput } from './settings';

export { AsanaTracker, type AsanaTrackerOptions } from './asana-tracker';
export { AsanaTrackerSettings, type AsanaTrackerSettingsInput } from './settings';
export type { AsanaProblem, AsanaProblemSink } from './problems';
export { AsanaHttp, type AsanaHttpOptions, BATCH_LIMIT, MAX_PAGE_SIZE } from '../api/asana-http';
export { officialAsanaTransport, type AsanaTransport } from '../api/asana-transport';
export { AsanaHttpError, AsanaNotFoundError, AsanaPermissionError, AsanaResponseShapeError, AsanaTransportError, AsanaUnavailableError } from '../api/asana-errors';

export interface AsanaTrackerWiring {
  /** Defaults to ASANA_API_URL; tests point it at a loopback fake. */
  baseUrl?: string;
  /** The acting principal: a person's OAuth token (what they see) or the app's bot token (automation). */
  accessToken: string;
  settings: AsanaTrackerSettingsInput;
  states: AsanaTaskStateStore;
  http?: AsanaHttpOptions;
  options?: AsanaTrackerOptions;
}

/**
 * A Tracker for one unit of work (a webhook batch, a panel request): settings checked, and a fresh
 * client so call counts and the waiting budget belong to that unit.
 * @example const tracker = asanaTracker({ accessToken: botToken, settings: connection.settings, states })
 */
export function asanaTracker(wiring: AsanaTrackerWiring): AsanaTracker {
  const parsed = AsanaTrackerSettings.safeParse(wiring.settings);
  if (!parsed.success) throw new Error(`Asana tracker settings are invalid:\n${z.prettifyError(parsed.error)}`);
  const transport = officialAsanaTransport({ baseUrl: wiring.baseUrl ?? ASANA_API_URL, accessToken: wiring.accessToken });
  return new AsanaTracker(new AsanaHttp(transport, wiring.http), parsed.data, wiring.states, wiring.options);
}
