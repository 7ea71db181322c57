import type { IssuePanelView } from '../../../app/issue-panel';
import { formatMinorUnits } from '../../../core/money/amount';
import { type PillColor, type WidgetField, WidgetMetadataResponse } from './responses';

/** Asana cuts nothing itself: names and texts over 40 characters are refused, so Mops shortens them. */
const MAX_TEXT = 40;
const fit = (text: string): string => (text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`);

function budgetFields(view: IssuePanelView): WidgetField[] {
  if (!view.budget) return [{ type: 'text_with_icon', name: 'Budget', text: 'No budget set' }];
  const { line } = view.budget;
  const money = (minor: number) => `${formatMinorUnits(minor, line.currency)} ${line.currency}`;
  return [
    { type: 'text_with_icon', name: 'Budget planned', text: fit(money(line.planned)) },
    { type: 'text_with_icon', name: 'Committed / actual', text: fit(`${formatMinorUnits(line.committed, line.currency)} / ${money(line.actual)}`) },
  ];
}

function complianceField(view: IssuePanelView): WidgetField {
  const template = view.template;
  if (!template) return { type: 'pill', name: 'Template', text: 'None applies', color: 'none' };
  if (!template.applied) return { type: 'pill', name: fit(`Template: ${template.name}`), text: 'Not applied yet', color: 'yellow' };
  const violations = template.findings.filter((finding) => finding.severity === 'violation').length;
  const warnings = template.findings.filter((finding) => finding.severity === 'warning').length;
  if (template.compliant) return { type: 'pill', name: fit(`Template: ${template.name}`), text: 'Compliant', color: 'green' };
  if (violations > 0) return { type: 'pill', name: fit(`Template: ${template.name}`), text: violations === 1 ? '1 violation' : `${violations} violations`, color: 'red' };
  // Not compliant yet, nothing broken yet: gaps that become violations once the task moves on.
  return { type: 'pill', name: fit(`Template: ${template.name}`), text: warnings === 1 ? '1 item open' : `${warnings} items open`, color: 'yellow' };
}

function duplicatesField(view: IssuePanelView, hidden: boolean): WidgetField {
  // Mops cannot tell which other tasks this person may open: counting them would reveal them. Signed in
  // with Asana (the widget's "Open in Mops" leads there; a widget field cannot hold a link), it reads as them.
  if (hidden) return { type: 'pill', name: 'Duplicate work', text: 'Sign in with Asana to see', color: 'none' };
  const likely = view.duplicates.filter((duplicate) => duplicate.decision === 'likely-duplicate').length;
  const related = view.duplicates.length - likely;
  let text: string;
  let color: PillColor;
  if (likely > 0) [text, color] = [likely === 1 ? '1 likely duplicate' : `${likely} likely duplicates`, 'red'];
  else if (related > 0) [text, color] = [related === 1 ? '1 related task' : `${related} related tasks`, 'yellow'];
  else [text, color] = ['None found', 'green'];
  return { type: 'pill', name: 'Duplicate work', text, color };
}

/**
 * The Mops widget on an Asana task (App Components `summary_with_details_v0`): budget planned and
 * committed/actual, template compliance and duplicate work, with an "updated" footer. With
 * `duplicatesHidden` (a viewer whose permissions Mops cannot check) the duplicates are not counted and the viewer is asked to sign in with Asana. Checked against
 * Asana's limits (1–5 fields, 40-character texts) on the way out.
 * @example widgetMetadata(view, new Date('2026-11-23T09:00:00Z')).metadata.fields[0] // { type: 'text_with_icon', name: 'Budget planned', text: '12000.00 EUR' }
 */
export function widgetMetadata(view: IssuePanelView, updatedAt: Date, options: { duplicatesHidden?: boolean } = {}): WidgetMetadataResponse {
  return WidgetMetadataResponse.parse({
    template: 'summary_with_details_v0',
    metadata: {
      title: fit(`Mops · ${view.key}`),
      subtitle: 'Budget, compliance and duplicate work',
      fields: [...budgetFields(view), complianceField(view), duplicatesField(view, options.duplicatesHidden === true)],
      footer: { footer_type: 'updated', last_updated_at: updatedAt.toISOString() },
    },
  });
}
