import type { Context } from 'hono';
import type { Viewer } from './viewer';

/** Finds who a request acts as; one per app, so the default person is configured in one place. */
export type ViewerOf = (c: Context) => Promise<Viewer>;
