import { type DemoHostInChromium, openDemoHostInChromium } from '../../../scripts/lib/demo-host-in-chromium';
import { openTestDatabase } from '../../support/local-database';

export type LocalHostInChromium = DemoHostInChromium;

/**
 * Starts the local host on a free port with a fresh embedded database seeded with the demo organisation
 * and opens Chromium with an empty profile (scripts/lib/demo-host-in-chromium.ts, which `npm run
 * screenshots` shares). The Custom UI apps were built once by jest's global setup
 * (test/support/build-custom-ui.ts).
 */
export async function startLocalHostInChromium(options: { acceptDownloads?: boolean } = {}): Promise<LocalHostInChromium> {
  return openDemoHostInChromium({ openDatabase: openTestDatabase, acceptDownloads: options.acceptDownloads ?? false });
}
