import React from 'react';
import ForgeReconciler from '@forge/react';
import { IssuePanelApp } from './issue-panel-app';

ForgeReconciler.render(
  <React.StrictMode>
    <IssuePanelApp />
  </React.StrictMode>,
);
