import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Response } from 'playwright-core';
import { fixedClock } from '../../src/app/ports/clock';
import { DEMO_TODAY } from '../../src/demo';
import type { SqlClient } from '../../src/hosts/local/database/sql-client';
import { type LocalLog, recordingLog } from '../../src/hosts/local/local-log';
import { type RunningLocalHost, startLocalHost } from '../../src/hosts/local/server';

/** Debian's Chromium: `npm test` installs it when missing; no browser is ever downloaded. */
export const CHROMIUM = '/usr/bin/chromium';
/** Flags that keep Chromium off this machine's closed network and out of sandboxes it cannot open as root. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface DemoHostInChromium {
  host: RunningLocalHost;
  browser: BrowserContext;
  page: Page;
  /** Goes to a path of the local host; the answer to the page's own request. */
  open(pathname: string): Promise<Response | null>;
  /** Acts as this person from the next request on: the mops_user cookie the "Viewing as" switch sets. */
  viewAs(personId: string): Promise<void>;
  /** Closes the browser, the server and the database, in that order, and removes their folders. */
  close(): Promise<void>;
}

export interface DemoHostOptions {
  /**
   * Opens a migrated database in an empty folder: `openDatabase` as `npm start` does, or jest's way of
   * loading PGlite (test/support/local-database.ts), which jest's module sandbox needs.
   */
  openDatabase: (dataDir: string) => Promise<SqlClient>;
  acceptDownloads?: boolean;
  /** The page size in CSS pixels (Playwright's default, 1280×720, when absent) and its pixel density. */
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** Where the host's messages go; kept in memory unless told. */
  log?: LocalLog;
}

/**
 * Starts the local host on a free port over a fresh database in a temporary folder, seeded with the
 * demo organisation on the demo's own day, and opens Debian's Chromium on it with an empty profile
 * (Playwright passes it as --user-data-dir). The Custom UI apps must already be built. Whatever was
 * started is closed again when a later step fails.
 * @example const session = await openDemoHostInChromium({ openDatabase: (dir) => openDatabase({ dataDir: dir }) }); await session.open('/admin'); await session.close();
 */
export async function openDemoHostInChromium(options: DemoHostOptions): Promise<DemoHostInChromium> {
  if (!existsSync(CHROMIUM)) throw new Error(`Debian's Chromium is not at ${CHROMIUM}; install it with: sudo apt-get install -y chromium`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mops-demo-data-'));
  const profileDir = mkdtempSync(path.join(tmpdir(), 'mops-demo-chromium-'));
  let db: SqlClient | undefined;
  let host: RunningLocalHost | undefined;
  let browser: BrowserContext | undefined;
  const close = async (): Promise<void> => {
    // Each part is closed even when one before it fails to; the first failure is the one reported.
    const failures: unknown[] = [];
    for (const stop of [() => browser?.close(), () => host?.close(), () => db?.close()]) {
      await Promise.resolve()
        .then(stop)
        .catch((error: unknown) => failures.push(error));
    }
    for (const dir of [dataDir, profileDir]) rmSync(dir, { recursive: true, force: true });
    if (failures.length > 0) throw failures[0];
  };
  try {
    db = await options.openDatabase(dataDir);
    host = await startLocalHost({ db, clock: fixedClock(`${DEMO_TODAY}T10:00:00Z`), log: options.log ?? recordingLog(), port: 0 });
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      locale: 'en-GB',
      acceptDownloads: options.acceptDownloads ?? false,
      ...(options.viewport ? { viewport: options.viewport } : {}),
      ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    });
  } catch (error) {
    await close();
    throw error;
  }
  const page = browser.pages()[0] ?? (await browser.newPage());
  const running = host;
  return { host: running, browser, page, open: (pathname) => page.goto(new URL(pathname, running.url).href),
    viewAs: (personId) => browser.addCookies([{ name: 'mops_user', value: personId, url: running.url }]),
    close,
  };
}
