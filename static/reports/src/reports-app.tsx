import { view } from '@forge/bridge';
import React, { useEffect, useState } from 'react';
import { type Report, reportForPath } from '../../../src/frontend/shared/report-route';
import { BudgetReportApp } from '../../budget-report/src/budget-report-app';
import { CapacityViewApp } from '../../capacity-view/src/capacity-view-app';
import { DuplicatesReportApp } from '../../duplicates-report/src/duplicates-report-app';

/** manifest.yml's jira:globalPage key; every other module framing this resource is the project page. */
const GLOBAL_PAGE_KEY = 'mops-reports-all';

/**
 * Jira allows one projectPage and one globalPage per app, so both point at this resource and list the
 * reports as subpages; the route Jira opens picks the same app the local host frames on its own.
 */
export function ReportsApp() {
  const [report, setReport] = useState<Report>();
  useEffect(() => {
    let current = true;
    let stopListening: (() => void) | undefined;
    Promise.all([view.getContext(), view.createHistory()]).then(
      ([context, history]) => {
        const page = context.moduleKey === GLOBAL_PAGE_KEY ? 'global' : 'project';
        if (!current) return;
        setReport(reportForPath(history.location.pathname, page));
        stopListening = history.listen((location) => setReport(reportForPath(location.pathname, page)));
      },
      // Without a history (an older host) the module's page still opens on its first report.
      () => current && setReport('capacity'),
    );
    return () => {
      current = false;
      stopListening?.();
    };
  }, []);
  if (report === 'budget') return <BudgetReportApp />;
  if (report === 'duplicates') return <DuplicatesReportApp />;
  if (report === 'capacity') return <CapacityViewApp />;
  return null;
}
