import React from 'react';
import { mountApp } from '../../shared/mount';
import { ReportsApp } from './reports-app';

mountApp(<ReportsApp />, 'reports');
