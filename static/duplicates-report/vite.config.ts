import { fileURLToPath } from 'node:url';
import { customUiConfig } from '../shared/vite-app-config';

/* The Custom UI duplicates-report (a jira:globalPage, or a project page narrowed to its project); every app builds the same way (see customUiConfig). */
export default customUiConfig(fileURLToPath(new URL('.', import.meta.url)));
