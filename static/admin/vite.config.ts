import { fileURLToPath } from 'node:url';
import { customUiConfig } from '../shared/vite-app-config';

/* The Custom UI admin page (a jira:adminPage); every app builds the same way (see customUiConfig). */
export default customUiConfig(fileURLToPath(new URL('.', import.meta.url)));
