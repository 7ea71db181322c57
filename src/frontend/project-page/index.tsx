import React from 'react';
import ForgeReconciler from '@forge/react';
import { ProjectPageApp } from './project-page-app';

ForgeReconciler.render(
  <React.StrictMode>
    <ProjectPageApp />
  </React.StrictMode>,
);
