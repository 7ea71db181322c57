import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
/** What a Custom UI bundle is made of: its own folder and the shared code it imports from src/. */
const SOURCES = [path.join(ROOT, 'static'), path.join(ROOT, 'src')];

function newestSourceMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'build' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMs(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Every folder of static/ with a Vite config is an app (scripts/build-ui.ts lists the same ones). */
function customUiApps(): string[] {
  const staticDir = path.join(ROOT, 'static');
  return readdirSync(staticDir).filter((name) => existsSync(path.join(staticDir, name, 'vite.config.ts')));
}

function builtAtMs(app: string): number {
  const index = path.join(ROOT, 'static', app, 'build', 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : 0;
}

/**
 * Jest's global setup: builds the Custom UI apps to static/<app>/build, as Forge would upload them and
 * the local host serves them, once before any test file runs — test files run side by side, and two
 * builds of one app into the same folder would race. Skipped when every build is newer than every
 * source file. The e2e tests and the manifest check (Atlassian's validator wants each resource folder
 * to exist) use the result.
 */
export default function buildCustomUiApps(): void {
  const sourcesChangedMs = Math.max(...SOURCES.map(newestSourceMs));
  if (customUiApps().every((app) => builtAtMs(app) > sourcesChangedMs)) return;
  const started = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-ui.ts'], { cwd: ROOT, stdio: 'pipe' });
  process.stdout.write(`\nBuilt the Custom UI apps for the tests in ${Math.round(performance.now() - started)} ms\n`);
}
