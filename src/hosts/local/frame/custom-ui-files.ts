import { readFile } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** The script Jira would inject; here it is added before anything else in the app's <head>. */
export const BRIDGE_SCRIPT_PATH = '/bridge/custom-ui-bridge.js';

export type CustomUiFile = { found: true; body: string | Buffer; contentType: string } | { found: false; reason: 'not-built' | 'not-found' };

/**
 * One file of a built Custom UI app (static/<app>/build), as the frame loads it: index.html gains the
 * bridge script first in its <head>, as Jira's CDN does, and nothing outside the build folder is served.
 * @example await customUiFile('/work/main/static', 'issue-panel', '') // { found: true, contentType: 'text/html; charset=utf-8', body: '<!doctype html>…' }
 */
export async function customUiFile(staticDir: string, app: string, relative: string): Promise<CustomUiFile> {
  if (!/^[a-z][a-z0-9-]*$/.test(app)) return { found: false, reason: 'not-found' };
  const buildDir = path.join(staticDir, app, 'build');
  const file = path.resolve(buildDir, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(buildDir + path.sep)) return { found: false, reason: 'not-found' };
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return { found: false, reason: path.basename(file) === 'index.html' ? 'not-built' : 'not-found' };
  }
  const contentType = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  if (path.basename(file) !== 'index.html') return { found: true, body, contentType };
  const html = body.toString('utf8').replace(/<head>/i, `<head>\n    <script src="${BRIDGE_SCRIPT_PATH}"></script>`);
  return { found: true, body: html, contentType };
}
