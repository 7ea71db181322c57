import React from 'react';
import { mountApp } from '../../shared/mount';
import { BudgetReportApp } from './budget-report-app';

mountApp(<BudgetReportApp />, 'budget report');
