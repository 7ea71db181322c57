import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { CUSTOM_UI_APPS } from '../build-ui';

/** One page of the local host as `npm run screenshots` shoots it into docs/<name>.png. */
export interface ScreenshotView {
  /** The file's name in docs/, without .png. */
  name: string;
  /** Where it is on the local host, as the demo organisation's default person sees it. */
  path: string;
  /** The Custom UI app the page frames; the task list frames none. */
  app?: (typeof CUSTOM_UI_APPS)[number];
  /** The frame's Theme control (the mops_theme cookie). */
  colorMode: 'light' | 'dark';
  /** Something that shows only once the view's data has loaded: a seeded task, a planted problem. */
  ready(page: Page): Locator;
}

const frameOf = (page: Page, app: NonNullable<ScreenshotView['app']>): FrameLocator => page.frameLocator(`#mops-${app}`);
/** The planted photoshoot booked twice: by Brand (BRD) and by the agency Studio Wrzos in the Atlas launch (ATL). */
const PHOTOGRAPHER_DUPLICATE = /^ATL-\d+ Hire a photographer/;
/** Piotr Zieliński's planted week: three 40-hour tasks in a 40-hour week, in the Brand (BRD) project. */
const PIOTR_OVER_ALLOCATED = /^Piotr Zieliński, 30 Nov – 6 Dec: Over-allocated/;

/**
 * The views in the README, in its order. Each `ready` waits on the view's own data, never on time, so
 * test/e2e/every-view.test.ts reuses the list to check that every view loads.
 * @example for (const view of SCREENSHOT_VIEWS) { await page.goto(new URL(view.path, host.url).href); await view.ready(page).waitFor(); }
 */
export const SCREENSHOT_VIEWS: readonly ScreenshotView[] = [
  {
    name: 'task-list',
    path: '/',
    colorMode: 'light',
    // The project links come from the database, at the top of the page; the seeded tasks are under them.
    ready: (page) => page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'BRD Brand & Content' }),
  },
  {
    name: 'issue-panel',
    path: '/tasks/dup-photographer-brd',
    app: 'issue-panel',
    colorMode: 'light',
    ready: (page) => frameOf(page, 'issue-panel').getByRole('article', { name: PHOTOGRAPHER_DUPLICATE }),
  },
  {
    name: 'capacity',
    path: '/projects/BRD/capacity',
    app: 'capacity-view',
    colorMode: 'light',
    ready: (page) => frameOf(page, 'capacity-view').getByRole('button', { name: PIOTR_OVER_ALLOCATED }),
  },
  {
    name: 'budget-report',
    path: '/projects/BRD/budget',
    app: 'budget-report',
    colorMode: 'light',
    ready: (page) => frameOf(page, 'budget-report').getByRole('table', { name: 'Campaigns' }),
  },
  {
    name: 'duplicates-report',
    path: '/duplicates',
    app: 'duplicates-report',
    colorMode: 'light',
    ready: (page) => frameOf(page, 'duplicates-report').locator('article[data-cluster-id="dup-photographer-atl"]'),
  },
  {
    name: 'admin',
    path: '/admin',
    app: 'admin',
    colorMode: 'light',
    ready: (page) => frameOf(page, 'admin').getByRole('button', { name: 'Edit Webinar' }),
  },
  {
    name: 'issue-panel-dark',
    path: '/tasks/dup-photographer-brd',
    app: 'issue-panel',
    colorMode: 'dark',
    ready: (page) => frameOf(page, 'issue-panel').locator('html[data-color-mode="dark"]').getByRole('article', { name: PHOTOGRAPHER_DUPLICATE }),
  },
];
