import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Clock } from '../../app/ports/clock';
import { generateDemoOrganisation } from '../../demo';
import { createLocalApp } from './api/local-app';
import type { SqlClient } from './database/sql-client';
import type { LocalLog } from './local-log';
import { LocalMops } from './local-mops';
import { seedOrganisation, type SeedOutcome } from './organisation/seed-organisation';
import { createAsanaServer, type AsanaServer, type AsanaServerDeps } from '../asana/asana-server';
import { requestedPersonId, resolveViewer } from './api/viewer';

export interface LocalHostOptions {
  db: SqlClient;
  clock: Clock;
  log: LocalLog;
  /** 0 picks a free port (tests). */
  port: number;
  /** Loopback unless told otherwise: the viewer header is a stand-in, not authentication. */
  hostname?: string;
  defaultPersonId?: string;
  /** The demo organisation's seed, loaded when the database is empty (default 1). */
  demoSeed?: number;
  /** Where the built Custom UI apps are (static/<app>/build); the repository's static/ unless told. */
  staticDir?: string;
  /** The Asana app server module, mounted at /asana when given (MOPS_SECRET_KEY set); off otherwise. */
  asana?: Pick<AsanaServerDeps, 'config' | 'scheduler' | 'fetch' | 'http'>;
}

export interface RunningLocalHost {
  url: string;
  port: number;
  mops: LocalMops;
  seed: SeedOutcome;
  /** The Asana module, when configured. */
  asana?: AsanaServer;
  /** Stops accepting requests and waits for those under way; the database stays open for its owner. */
  close(): Promise<void>;
}

/**
 * Starts the local host over an open, migrated database: loads the demo organisation if the database
 * is empty, warms the duplicate index, and listens. Refuses to start, with the reason, when the port
 * is taken.
 * @example const host = await startLocalHost({ db, clock, log: consoleLog, port: 3000 }); console.log(host.url) // 'http://127.0.0.1:3000/'
 */
export async function startLocalHost(options: LocalHostOptions): Promise<RunningLocalHost> {
  // With the Asana module on, the admin page links people to their Asana users.
  const mops = new LocalMops({ db: options.db, clock: options.clock, log: options.log, accountHosts: options.asana ? ['asana'] : [] });
  const demoSeed = options.demoSeed ?? 1;
  const seed = await seedOrganisation(options.db, generateDemoOrganisation(demoSeed), { source: `demo organisation, seed ${demoSeed}`, at: options.clock.now().toISOString() });
  if (seed.seeded) options.log('info', `Loaded the demo organisation: ${seed.tasks} tasks, ${seed.tasksWithDuplicates} with possible duplicates`);
  if (options.defaultPersonId !== undefined) {
    const known = await options.db.query('SELECT 1 FROM people WHERE id = $1', [options.defaultPersonId]);
    if (known.length === 0) throw new Error(`MOPS_USER is "${options.defaultPersonId}", who is not a person in this organisation; use a person id such as p-agnieszka-nowak`);
  }
  await mops.duplicates.load();
  for (const problem of mops.duplicates.lastSync().problems) options.log('warn', problem);

  const app = createLocalApp({ mops, ...(options.defaultPersonId ? { defaultPersonId: options.defaultPersonId } : {}), ...(options.staticDir ? { staticDir: options.staticDir } : {}) });
  let asana: AsanaServer | undefined;
  if (options.asana) {
    asana = createAsanaServer({
      ...options.asana,
      db: options.db,
      mops,
      // The local host's viewer stands in for sign-in here as on every other page.
      personOf: (c) => resolveViewer(options.db, requestedPersonId(c), options.defaultPersonId).then((viewer) => viewer.person.id, () => undefined),
      log: options.log,
    });
    app.mount('/asana', asana.fetch);
  }
  const hostname = options.hostname ?? '127.0.0.1';
  const server = createAdaptorServer({ fetch: app.fetch, hostname }) as Server;
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException): void => {
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${options.port} on ${hostname} is already in use; stop what uses it or set PORT to another port`) : error);
    };
    server.once('error', failed);
    server.listen(options.port, hostname, () => {
      server.off('error', failed);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  asana?.start();
  return {
    url: `http://${hostname}:${port}/`,
    port,
    mops,
    seed,
    ...(asana ? { asana } : {}),
    close: async () => {
      await asana?.stop();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
    },
  };
}
