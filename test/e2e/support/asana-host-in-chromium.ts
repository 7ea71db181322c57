import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Response } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../scripts/lib/demo-host-in-chromium';
import { fixedClock } from '../../../src/app/ports/clock';
import type { SqlClient } from '../../../src/hosts/local/database/sql-client';
import { recordingLog } from '../../../src/hosts/local/local-log';
import type { RunningLocalHost } from '../../../src/hosts/local/server';
import { USER_COOKIE } from '../../../src/hosts/local/api/viewer';
import { startAsanaAppServer } from '../../support/asana-app-server';
import { FakeAsana } from '../../support/fake-asana/fake-asana';
import { loadSmallOrganisation, openTestDatabase } from '../../support/local-database';

/*
 * The app server with its Asana module over a fake Asana, and Debian's Chromium on it: what the Asana
 * report pages' browser tests drive. Like local-host-in-chromium.ts (the demo host), but the server is
 * the one Asana calls, so the test can connect a workspace and deliver signed webhooks before the
 * browser looks at the reports.
 */


/** The Custom UI apps the Asana report pages frame (src/hosts/asana/reports/report-pages.ts), and the admin page where people are linked to their Asana users. */
const REPORT_APPS = ['duplicates-report', 'budget-report', 'capacity-view', 'admin'] as const;
const STATIC_DIR = path.resolve(__dirname, '../../../static');

/** A build is whole when its index.html and every asset that page loads are there. */
function wholeBuild(buildDir: string): boolean {
  const index = path.join(buildDir, 'index.html');
  if (!existsSync(index)) return false;
  const assets = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1] ?? '');
  return assets.every((asset) => existsSync(path.join(buildDir, asset)));
}

/**
 * A private copy of the report apps' builds (jest's global setup made them), so a build another jest
 * run starts in the same working tree cannot pull a page out from under this test. A build caught
 * half-written is copied again.
 */
async function snapshotReportApps(into: string): Promise<void> {
  for (const app of REPORT_APPS) {
    const from = path.join(STATIC_DIR, app, 'build');
    const to = path.join(into, app, 'build');
    for (let attempt = 1; ; attempt += 1) {
      rmSync(to, { recursive: true, force: true });
      if (existsSync(from)) cpSync(from, to, { recursive: true });
      if (wholeBuild(to)) break;
      if (attempt === 60) throw new Error(`The ${app} app has no complete build in ${from}; build it with: npx tsx scripts/build-ui.ts ${app}`);
      await sleep(1_000);
    }
  }
}

/** The day the server lives in: a Monday, so the capacity view's first week starts on it. */
export const ASANA_HOST_NOW = '2026-11-23T10:00:00Z';

/** Something the page reported that a person would never want to see: an uncaught error or a console error. */
export interface PageProblem {
  kind: 'pageerror' | 'console';
  text: string;
  /** The document or script that reported it. */
  url: string;
}

export interface AsanaHostInChromium {
  fake: FakeAsana;
  host: RunningLocalHost;
  db: SqlClient;
  browser: BrowserContext;
  page: Page;
  log: ReturnType<typeof recordingLog>;
  /** Goes to a path of the app server; the answer to the page's own request. */
  open(pathname: string): Promise<Response | null>;
  /** Uncaught errors and console errors of the page and its frames since the last call, then forgets them. */
  takeProblems(): PageProblem[];
  /** Closes the browser, the server, the database and the fake Asana, in that order, and removes the profile and the apps' copy. */
  close(): Promise<void>;
}

/**
 * Makes the browser an authorised viewer of the report pages: the Mops person `personId`, signed in
 * with Asana as the owner of `asanaToken`. The ONE place that knows how, so the tests say only who is
 * looking. Today: the local host's "Viewing as" cookie (mops_user, what personOf reads in
 * src/hosts/local/server.ts), then Asana's sign-in page as a person fills it in when the server has no
 * OAuth client — a personal access token — which leaves the viewer's session cookie in the browser.
 * @example await becomeViewer(session, 'p-agnieszka-nowak', ana.token); await session.open(`/asana/workspaces/${gid}/reports/budget`)
 */
export async function becomeViewer(session: Pick<AsanaHostInChromium, 'browser' | 'host' | 'page'>, personId: string, asanaToken: string): Promise<void> {
  await session.browser.addCookies([{ name: USER_COOKIE, value: personId, url: session.host.url }]);
  const { page } = session;
  await page.goto(new URL(`/asana/sign-in?return=${encodeURIComponent('/asana/sign-in/session')}`, session.host.url).href);
  await page.getByLabel(/^Asana personal access token/).fill(asanaToken);
  await Promise.all([page.waitForURL(/\/asana\/sign-in\/session$/), page.getByRole('button', { name: 'Sign in with Asana' }).click()]);
  const answer = JSON.parse(await page.locator('body').innerText()) as { signedIn?: boolean };
  if (answer.signedIn !== true) throw new Error(`Signing ${personId} in with Asana did not stick: ${JSON.stringify(answer)}`);
}

/**
 * Starts a fake Asana, the app server with the Asana module on a fresh embedded database holding the
 * small demo organisation (its teams and people, no tasks) on 23 Nov 2026, and Debian's Chromium with
 * an empty profile, recording every page error and console error. Whatever was started is closed again
 * when a later step fails. The Custom UI apps were built once by jest's global setup.
 * @example const session = await startAsanaHostInChromium(); await session.open('/asana/reports/frame.js'); await session.close();
 */
export async function startAsanaHostInChromium(): Promise<AsanaHostInChromium> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'mops-asana-chromium-'));
  const staticDir = mkdtempSync(path.join(tmpdir(), 'mops-asana-apps-'));
  const log = recordingLog();
  let fake: FakeAsana | undefined;
  let db: SqlClient | undefined;
  let host: RunningLocalHost | undefined;
  let browser: BrowserContext | undefined;
  const close = async (): Promise<void> => {
    // Each part is closed even when one before it fails to; the first failure is the one reported.
    const failures: unknown[] = [];
    for (const stop of [() => browser?.close(), () => host?.close(), () => db?.close(), () => fake?.stop()]) {
      await Promise.resolve()
        .then(stop)
        .catch((error: unknown) => failures.push(error));
    }
    for (const dir of [profileDir, staticDir]) rmSync(dir, { recursive: true, force: true });
    if (failures.length > 0) throw failures[0];
  };
  try {
    await snapshotReportApps(staticDir);
    fake = await FakeAsana.start();
    db = await openTestDatabase();
    await loadSmallOrganisation(db, []);
    host = await startAsanaAppServer({ db, fake, clock: fixedClock(ASANA_HOST_NOW), log, staticDir });
    browser = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, locale: 'en-GB' });
  } catch (error) {
    await close();
    throw error;
  }
  const page = browser.pages()[0] ?? (await browser.newPage());
  let problems: PageProblem[] = [];
  page.on('pageerror', (error) => problems.push({ kind: 'pageerror', text: `${error.name}: ${error.message}`, url: page.url() }));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ kind: 'console', text: message.text(), url: message.location().url || page.url() });
  });
  const running = host;
  return {
    fake,
    host: running,
    db,
    browser,
    page,
    log,
    open: (pathname) => page.goto(new URL(pathname, running.url).href),
    takeProblems: () => {
      const taken = problems;
      problems = [];
      return taken;
    },
    close,
  };
}
