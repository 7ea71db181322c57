import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/*
 * The Custom UI issue panel. `base: './'` because Forge serves a resource from its own CDN path and
 * the local host from /apps/issue-panel/: only relative asset URLs work in both. The output folder
 * is what manifest.yml's resource and the local host's /apps/issue-panel/ both point at.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: 'build',
    emptyOutDir: true,
    // Jira's supported browsers; no legacy bundle is needed.
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      // zod's comments carry pure-annotations in places Rollup cannot use; it says so for every build.
      onwarn: (warning, warn) => (warning.code === 'INVALID_ANNOTATION' ? undefined : warn(warning)),
    },
  },
});
