import type { ComplianceSummary } from '../../app/compliance-report';
import { heading } from './text-table';

const MARK = { violation: '✗', warning: '!', info: '·' } as const;

export function renderCompliance(summary: ComplianceSummary): string[] {
  const lines = [...heading(`Template compliance: ${summary.compliant} of ${summary.checked} tasks compliant`)];
  for (const entry of summary.tasks) {
    if (entry.report.compliant) continue;
    lines.push(`${entry.task.key} ${entry.task.title} — ${entry.templateName} v${entry.report.template.version}, status “${entry.task.status}”`);
    for (const finding of entry.report.findings) {
      if (finding.severity === 'info') continue;
      lines.push(`  ${MARK[finding.severity]} ${finding.message}`);
    }
  }
  return lines;
}
