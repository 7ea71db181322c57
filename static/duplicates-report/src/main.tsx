import React from 'react';
import { mountApp } from '../../shared/mount';
import { DuplicatesReportApp } from './duplicates-report-app';

mountApp(<DuplicatesReportApp />, 'duplicates report');
