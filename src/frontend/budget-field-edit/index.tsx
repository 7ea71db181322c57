import React from 'react';
import ForgeReconciler from '@forge/react';
import { BudgetFieldEditApp } from './budget-field-edit-app';

ForgeReconciler.render(
  <React.StrictMode>
    <BudgetFieldEditApp />
  </React.StrictMode>,
);
