import React from 'react';
import ForgeReconciler from '@forge/react';
import { AdminPageApp } from './admin-page-app';

ForgeReconciler.render(
  <React.StrictMode>
    <AdminPageApp />
  </React.StrictMode>,
);
