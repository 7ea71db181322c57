import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fixedClock } from '../../../src/app/ports/clock';
import type { SqlClient } from '../../../src/hosts/local/database/sql-client';
import { recordingLog } from '../../../src/hosts/local/local-log';
import { type RunningLocalHost, startLocalHost } from '../../../src/hosts/local/server';
import { openTestDatabase } from '../../support/local-database';

/** Debian's Chromium: `npm test` installs it when missing; no browser is ever downloaded. */
const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../../..');
/** Flags that keep Chromium off this machine's closed network and out of sandboxes it cannot open as root. */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface LocalHostInChromium {
  host: RunningLocalHost;
  browser: BrowserContext;
  page: Page;
  /** Goes to a path of the local host. */
  open(pathname: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Builds the named Custom UI apps exactly as Forge would upload them, starts the local host on a free
 * port with a fresh embedded database seeded with the demo organisation, and opens Chromium with an
 * empty profile (Playwright passes it as --user-data-dir).
 */
export async function startLocalHostInChromium(apps: readonly string[], options: { acceptDownloads?: boolean } = {}): Promise<LocalHostInChromium> {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-ui.ts', ...apps], { cwd: ROOT, stdio: 'pipe' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mops-e2e-data-'));
  const profileDir = mkdtempSync(path.join(tmpdir(), 'mops-e2e-chromium-'));
  let db: SqlClient | undefined;
  let host: RunningLocalHost | undefined;
  let browser: BrowserContext | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await host?.close();
    await db?.close();
    for (const dir of [dataDir, profileDir]) rmSync(dir, { recursive: true, force: true });
  };
  try {
    db = await openTestDatabase(dataDir);
    host = await startLocalHost({ db, clock: fixedClock('2026-11-23T10:00:00Z'), log: recordingLog(), port: 0 });
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      locale: 'en-GB',
      acceptDownloads: options.acceptDownloads ?? false,
    });
  } catch (error) {
    await close();
    throw error;
  }
  const page = browser.pages()[0] ?? (await browser.newPage());
  const running = host;
  return { host: running, browser, page, open: (pathname) => page.goto(new URL(pathname, running.url).href), close };
}
