import { z } from 'zod';
import { DEMO_TODAY } from '../../demo';
import { databaseChoiceFromEnv, openDatabase } from './database/open-database';
import { clockFromSetting } from './local-clock';
import { consoleLog } from './local-log';
import { startLocalHost } from './server';
import { asanaServerConfigFromEnv } from '../asana/server/asana-server-config';
import { errorMessage } from '../shared/error-message';

/*
 * `npm start` (after building the UI): Mops with no Jira or Asana account. Settings from the environment:
 *   PORT           where to listen on 127.0.0.1 (default 3000)
 *   MOPS_DATA_DIR  PGlite's data folder (default .mops-data/); ignored when DATABASE_URL is set
 *   DATABASE_URL   a PostgreSQL server to use instead of PGlite
 *   MOPS_USER      the person requests act as when they name nobody (default the demo's p-agnieszka-nowak)
 *   MOPS_TODAY     "system", or the calendar day to run on (default the demo's own day, 2026-11-23)
 * Asana (README "Connect Asana"; all off unless MOPS_SECRET_KEY is set):
 *   MOPS_SECRET_KEY                 32 random bytes in base64 sealing Asana tokens and webhook secrets
 *   MOPS_PUBLIC_URL                 the https URL Asana reaches this server at
 *   MOPS_ASANA_CLIENT_ID/_SECRET    the Asana app (OAuth, App Components signatures)
 *   MOPS_ASANA_CATCH_UP_SECONDS     how often the Events API catch-up runs (default 300)
 */
const Port = z.coerce.number({ message: 'PORT must be a number' }).int().min(0).max(65_535, { message: 'PORT must be at most 65535' });

async function main(): Promise<void> {
  const port = Port.safeParse(process.env.PORT?.trim() || 3000);
  if (!port.success) throw new Error(`PORT is "${process.env.PORT}": ${port.error.issues.map((issue) => issue.message).join('; ')}`);
  const clock = clockFromSetting(process.env.MOPS_TODAY, DEMO_TODAY);
  const asana = asanaServerConfigFromEnv(process.env);
  const db = await openDatabase(databaseChoiceFromEnv(process.env));
  let host;
  try {
    host = await startLocalHost({ db, clock, log: consoleLog, port: port.data, ...(process.env.MOPS_USER?.trim() ? { defaultPersonId: process.env.MOPS_USER.trim() } : {}), ...(asana ? { asana: { config: asana } } : {}) });
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const running = host;
  console.log(`Mops is running at ${running.url}  (data: ${db.description}; today is ${clock.now().toISOString().slice(0, 10)}; Ctrl-C stops it)`);
  if (asana) {
    const parts = ['webhooks', ...(asana.appClientSecret ? ['App Components'] : []), asana.oauth ? 'OAuth and personal access tokens' : 'personal access tokens'];
    console.log(`Asana: serving ${asana.publicUrl}/asana (${parts.join(', ')}); Events API catch-up every ${asana.catchUpIntervalMs / 1000} s`);
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      console.error(`${signal} again: stopping without waiting`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: stopping; the data stays in ${db.description}`);
    running
      .close()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Stopping failed: ${errorMessage(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`Mops could not start: ${errorMessage(error)}`);
  process.exit(1);
});
