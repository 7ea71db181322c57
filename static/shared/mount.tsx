import { view } from '@forge/bridge';
import React, { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Starts a Custom UI app: asks the host for the design tokens' theme (Jira, or the local host's bridge,
 * defines the --ds-* variables, light or dark as the reader chose) and renders into index.html's #root.
 * @example mountApp(<CapacityViewApp />, 'capacity view');
 */
export function mountApp(app: ReactNode, name: string): void {
  view.theme.enable().catch(() => undefined);
  const element = document.getElementById('root');
  if (!element) throw new Error(`index.html has no #root element to render the Mops ${name} into`);
  createRoot(element).render(<StrictMode>{app}</StrictMode>);
}
