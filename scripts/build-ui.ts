import path from 'node:path';
import { build } from 'vite';

/*
 * Builds the Custom UI apps in static/ (each to static/<app>/build) in one process, side by side:
 * `npm run build:ui` for all of them, `npm run build:ui -- budget-report` for one.
 */
export const CUSTOM_UI_APPS = ['issue-panel', 'capacity-view', 'budget-report', 'admin', 'duplicates-report', 'reports'] as const;

const root = path.resolve(__dirname, '..');

/**
 * Builds the named apps (every app when none is named) side by side, in this process.
 * @example await buildCustomUiApps(['issue-panel']) // prints "Built issue-panel in 4210 ms"
 */
export async function buildCustomUiApps(requested: readonly string[]): Promise<void> {
  const unknown = requested.filter((app) => !(CUSTOM_UI_APPS as readonly string[]).includes(app));
  if (unknown.length > 0) throw new Error(`No Custom UI app named ${unknown.join(', ')}; the apps are ${CUSTOM_UI_APPS.join(', ')}`);
  const apps = requested.length > 0 ? requested : [...CUSTOM_UI_APPS];
  const started = performance.now();
  await Promise.all(apps.map((app) => build({ configFile: path.join(root, 'static', app, 'vite.config.ts') })));
  console.log(`Built ${apps.join(', ')} in ${Math.round(performance.now() - started)} ms`);
}

// Run as a script, it builds; imported (scripts/screenshots.ts), it only lends its list and builder.
if (require.main === module) {
  buildCustomUiApps(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
