import { SCREENSHOT_VIEWS } from '../../scripts/lib/screenshot-views';
import { THEME_COOKIE } from '../../src/hosts/local/frame/token-theme';
import { type LocalHostInChromium, startLocalHostInChromium } from './support/local-host-in-chromium';

/*
 * Every view the README shows (the list `npm run screenshots` shoots) opens on the demo organisation
 * and shows its own data: the seeded tasks, the planted duplicate, the planted over-allocation.
 */
jest.setTimeout(120_000);

describe('every view of the local host, in Chromium', () => {
  let session: LocalHostInChromium;

  beforeAll(async () => {
    session = await startLocalHostInChromium();
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(SCREENSHOT_VIEWS.map((view) => [view.name, view] as const))('%s loads with its data', async (_name, view) => {
    await session.browser.addCookies([{ name: THEME_COOKIE, value: view.colorMode, url: session.host.url }]);
    const response = await session.open(view.path);
    expect(response?.status()).toBe(200);
    await view.ready(session.page).waitFor({ timeout: 30_000 });
  });
});
