import { view } from '@forge/bridge';
import React, { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IssuePanelApp } from './issue-panel-app';

// The host defines the design tokens' CSS variables (light or dark, as the reader chose) once asked.
view.theme.enable().catch(() => undefined);

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element to render the Mops issue panel into');
createRoot(element).render(
  <StrictMode>
    <IssuePanelApp />
  </StrictMode>,
);
