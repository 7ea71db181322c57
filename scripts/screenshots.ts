import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/hosts/local/database/open-database';
import { THEME_COOKIE } from '../src/hosts/local/frame/token-theme';
import { buildCustomUiApps, CUSTOM_UI_APPS } from './build-ui';
import { type DemoHostInChromium, openDemoHostInChromium } from './lib/demo-host-in-chromium';
import { SCREENSHOT_VIEWS, type ScreenshotView } from './lib/screenshot-views';

/*
 * `npm run screenshots`: a PNG of each view of the local host in docs/, as the README shows them. The
 * host runs in this process over a fresh PGlite database seeded with the demo organisation, on the
 * demo's own day, so every run shows the same data; Debian's Chromium takes the pictures.
 */
const ROOT = path.resolve(__dirname, '..');
const DOCS = path.join(ROOT, 'docs');
const SIZE = { width: 1440, height: 900 };
/** How long a view may take to show its data before the run fails. */
const READY_TIMEOUT_MS = 30_000;

/**
 * Resolves once the fonts have loaded and the page's height and its frames' heights have stayed the same
 * for five animation frames: the frames grow to their content when their app reports its height.
 * A string, because the project is compiled without the DOM's types.
 */
const SETTLED = `document.fonts.ready.then(() => new Promise((resolve) => {
  let last = '';
  let unchanged = 0;
  const measure = () => {
    const now = [document.documentElement.scrollHeight, ...Array.from(document.querySelectorAll('iframe'), (frame) => frame.getBoundingClientRect().height)].join();
    unchanged = now === last ? unchanged + 1 : 0;
    last = now;
    if (unchanged >= 5) resolve(true); else requestAnimationFrame(measure);
  };
  requestAnimationFrame(measure);
}))`;

/** The apps the views frame whose build is missing; an existing build is used as it is (`npm run build:ui` refreshes it). */
function unbuiltApps(): string[] {
  const framed = new Set(SCREENSHOT_VIEWS.flatMap((view) => (view.app ? [view.app] : [])));
  return CUSTOM_UI_APPS.filter((app) => framed.has(app) && !existsSync(path.join(ROOT, 'static', app, 'build', 'index.html')));
}

/** What the page shows when a view fails: its status and the first words of the page and its app. */
async function whatTheViewShows(session: DemoHostInChromium, view: ScreenshotView): Promise<string> {
  const text = (value: string) => value.replace(/\s+/g, ' ').trim().slice(0, 300);
  const page = text(await session.page.locator('main').first().innerText({ timeout: 2_000 }).catch(() => ''));
  if (!view.app) return `the page says: "${page}"`;
  const app = text(await session.page.frameLocator(`#mops-${view.app}`).locator('body').innerText({ timeout: 2_000 }).catch(() => '(no frame)'));
  return `the page says: "${page}"; the ${view.app} app says: "${app}"`;
}

async function shoot(session: DemoHostInChromium, view: ScreenshotView): Promise<string> {
  const { page, browser, host } = session;
  await browser.addCookies([{ name: THEME_COOKIE, value: view.colorMode, url: host.url }]);
  const response = await session.open(view.path);
  const status = response?.status() ?? 200;
  try {
    if (status >= 400) throw new Error(`the server answered ${status}`);
    const ready = view.ready(page);
    await ready.waitFor({ timeout: READY_TIMEOUT_MS });
    await ready.scrollIntoViewIfNeeded();
    // The data is there; let the fonts load and the frames grow to their content before the picture.
    await page.evaluate(SETTLED);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`The ${view.name} view (${view.path}) did not load: ${reason}; ${await whatTheViewShows(session, view)}`);
  }
  const file = path.join(DOCS, `${view.name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}

async function main(): Promise<void> {
  const started = performance.now();
  const unbuilt = unbuiltApps();
  if (unbuilt.length > 0) {
    console.log(`Building ${unbuilt.join(', ')} (no build folder yet)`);
    await buildCustomUiApps(unbuilt);
  }
  mkdirSync(DOCS, { recursive: true });
  const session = await openDemoHostInChromium({ openDatabase: (dataDir) => openDatabase({ dataDir }), viewport: SIZE, deviceScaleFactor: 1 });
  const failures: string[] = [];
  try {
    for (const view of SCREENSHOT_VIEWS) {
      try {
        const file = await shoot(session, view);
        console.log(`${path.relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
        console.error(failures.at(-1));
      }
    }
  } finally {
    await session.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length > 0) throw new Error(`${failures.length} of ${SCREENSHOT_VIEWS.length} views failed to load (${seconds} s); their PNGs in docs/ were left as they were`);
  console.log(`Wrote ${SCREENSHOT_VIEWS.length} screenshots (${SIZE.width}×${SIZE.height}) to docs/ in ${seconds} s`);
}

main().catch((error: unknown) => {
  console.error(`Screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
