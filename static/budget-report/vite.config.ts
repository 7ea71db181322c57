import { fileURLToPath } from 'node:url';
import { customUiConfig } from '../shared/vite-app-config';

/* The Custom UI budget-report (a jira:projectPage); every app builds the same way (see customUiConfig). */
export default customUiConfig(fileURLToPath(new URL('.', import.meta.url)));
