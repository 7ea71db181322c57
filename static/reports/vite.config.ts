import { fileURLToPath } from 'node:url';
import { customUiConfig } from '../shared/vite-app-config';

/* Jira's full pages (the projectPage and the globalPage with their report subpages) in one resource. */
export default customUiConfig(fileURLToPath(new URL('.', import.meta.url)));
