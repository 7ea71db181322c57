import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { Clock } from '../../src/app/ports/clock';
import { Secret } from '../../src/hosts/asana/secrets/secret';
import { secretKeyFromBase64, secretKeyring } from '../../src/hosts/asana/secrets/secret-keyring';
import type { AsanaServerConfig } from '../../src/hosts/asana/server/asana-server-config';
import type { SqlClient } from '../../src/hosts/local/database/sql-client';
import type { LocalLog } from '../../src/hosts/local/local-log';
import { type RunningLocalHost, startLocalHost } from '../../src/hosts/local/server';
import type { FakeEvent, FakeProject, FakeTask } from './fake-asana/asana-world';
import type { FakeAsana } from './fake-asana/fake-asana';

/*
 * The Mops app server with its Asana module, pointed at a fake Asana on loopback: what the Asana
 * end-to-end tests (contract over HTTP, and the report pages in Chromium) start before anything else.
 */

/**
 * A port nobody listens on right now, on 127.0.0.1. The Asana module needs its public URL (webhook
 * targets) before the server listens, so the port is chosen first.
 * @example const port = await freePort(); // 41523
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('The operating system gave no port for a loopback listener on 127.0.0.1');
  return address.port;
}

export interface AsanaAppServerOptions {
  /** Migrated, with the organisation loaded: an empty database would be seeded with the demo. */
  db: SqlClient;
  fake: FakeAsana;
  clock: Clock;
  log: LocalLog;
  /** The Asana app's client secret, which signs App Components requests; those routes answer 503 without it. */
  clientSecret?: string;
  /** Where the built Custom UI apps are; the repository's static/ unless told. */
  staticDir?: string;
  /** Configures OAuth with the fake's client (connect and sign-in through Asana's consent); tokens only when false. */
  oauth?: boolean;
  /** With `oauth`: the app is registered for Asana's granular scopes, so viewers are asked for read-only ones. */
  granularScopes?: boolean;
}

/**
 * Starts the local host with its Asana module on a free loopback port, talking to `fake` for the REST
 * API and OAuth, with a fresh random MOPS_SECRET_KEY, instant retry pacing and a catch-up that runs only
 * when a test calls `host.asana.catchUp()`.
 * @example const host = await startAsanaAppServer({ db, fake, clock: fixedClock('2026-11-23T10:00:00Z'), log }); await fetch(`${host.url}asana/connect/token`, …)
 */
export async function startAsanaAppServer(options: AsanaAppServerOptions): Promise<RunningLocalHost> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const { auth } = options.fake;
  const config: AsanaServerConfig = {
    keyring: secretKeyring(secretKeyFromBase64('MOPS_SECRET_KEY', randomBytes(32).toString('base64'))),
    publicUrl,
    ...(options.oauth ? { oauth: { clientId: auth.clientId, clientSecret: new Secret(auth.clientSecret), redirectUri: `${publicUrl}/asana/oauth/callback`, publicOrigin: publicUrl, ...(options.granularScopes ? { granularScopes: true } : {}) } } : {}),
    ...(options.clientSecret === undefined ? {} : { appClientSecret: new Secret(options.clientSecret) }),
    apiBaseUrl: options.fake.baseUrl,
    authBaseUrl: options.fake.appUrl,
    catchUpIntervalMs: 60_000,
  };
  return startLocalHost({
    db: options.db,
    clock: options.clock,
    log: options.log,
    port,
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
    asana: { config, scheduler: { every: () => ({ stop: async () => undefined }) }, http: { sleep: async () => undefined } },
  });
}

/**
 * Connects the fake's workspace with a person's personal access token, acting as `personId` in Mops
 * (the local host's X-Mops-User). Returns the server's answer (201 when connected).
 * @example expect((await connectWithToken(host, fake, ana.token, 'p-agnieszka-nowak')).status).toBe(201)
 */
export function connectWithToken(host: RunningLocalHost, fake: FakeAsana, token: string, personId: string): Promise<Response> {
  return fetch(`${host.url}asana/connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Mops-User': personId },
    body: JSON.stringify({ token, workspace: fake.world.workspaceGid }),
  });
}

/**
 * Signs `personId` in with Asana using a personal access token, as the report pages and subscribing
 * require, and returns the viewer's session cookie ("name=value") for the requests that follow.
 * @example const viewer = await signInWithAsana(host, ana.token, 'p-agnieszka-nowak'); await subscribeWorkspace(host, fake, 'p-agnieszka-nowak', viewer)
 */
export async function signInWithAsana(host: RunningLocalHost, token: string, personId: string): Promise<string> {
  const response = await fetch(`${host.url}asana/sign-in/token`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Mops-User': personId }, body: JSON.stringify({ token }) });
  if (response.status !== 201) throw new Error(`Signing ${personId} in with Asana answered ${response.status}: ${await response.text()}`);
  return viewerCookieOf(response);
}

/**
 * The viewer cookie a response sets, as the browser sends it back ("name=value").
 * @example viewerCookieOf(await fetch(`${host.url}asana/sign-in/token`, …)) // 'mops_asana_viewer=3q2-…'
 */
export function viewerCookieOf(response: Response): string {
  const set = response.headers.getSetCookie().find((line) => line.startsWith('mops_asana_viewer='));
  if (!set) throw new Error(`The answer (status ${response.status}) set no mops_asana_viewer cookie`);
  return set.split(';')[0] ?? '';
}

/**
 * Subscribes every project and team of the connected workspace, acting as `personId` signed in with
 * Asana (`viewerCookie` from signInWithAsana); Asana's handshake happens while each create call is in
 * flight. 200 when all were subscribed.
 * @example (await subscribeWorkspace(host, fake, 'p-agnieszka-nowak', viewer)).status // 200
 */
export function subscribeWorkspace(host: RunningLocalHost, fake: FakeAsana, personId: string, viewerCookie?: string): Promise<Response> {
  return fetch(`${host.url}asana/workspaces/${fake.world.workspaceGid}/subscribe`, { method: 'POST', headers: { 'X-Mops-User': personId, ...(viewerCookie ? { Cookie: viewerCookie } : {}) } });
}

/**
 * The "added" event the fake recorded for a task in a project: what Asana delivers to the project's webhook.
 * @example await fake.deliver(brand.gid, [addedEventOf(fake, webinar, brand)])
 */
export function addedEventOf(fake: FakeAsana, task: FakeTask, project: FakeProject): FakeEvent {
  const event = fake.world.events.get(project.gid)?.find((candidate) => candidate.action === 'added' && candidate.resource.gid === task.gid);
  if (!event) throw new Error(`The fake recorded no "added" event for task ${task.gid} in project ${project.gid} ("${project.name}")`);
  return event;
}
