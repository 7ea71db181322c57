import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The Vite build of one Custom UI app in static/<app>/. `base: './'` because Forge serves a resource
 * from its own CDN path and the local host from /apps/<app>/: only relative asset URLs work in both.
 * The output folder, static/<app>/build, is what manifest.yml's resource and the local host both
 * point at.
 * @example export default customUiConfig(fileURLToPath(new URL('.', import.meta.url)));
 */
export function customUiConfig(appDir: string): UserConfig {
  return defineConfig({
    root: appDir,
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
}
