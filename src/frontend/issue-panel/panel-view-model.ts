import type { IssuePanelView } from '../../app/issue-panel';
import { displayMoney } from '../../core/money/display';
import { formatScore } from '../shared/format';
import { hasMessage, type Translate } from '../shared/messages';

/** Lozenge appearances, in the legacy names every Jira host renders (newer hosts map them to danger, warning…). */
export type LozengeTone = 'removed' | 'moved' | 'inprogress' | 'default' | 'success';

type PanelBudget = NonNullable<IssuePanelView['budget']>;
type PanelTemplate = NonNullable<IssuePanelView['template']>;
type PanelFinding = PanelTemplate['findings'][number];
type PanelDuplicate = IssuePanelView['duplicates'][number];

export interface BudgetTable {
  /** Column titles: the amount's name, the task's currency, and the base currency when it differs. */
  head: string[];
  rows: Array<{ key: 'planned' | 'committed' | 'actual'; cells: string[] }>;
  category: string;
  vendor?: string;
  /** Why the base-currency column is missing, when a rate is. */
  missingRate?: string;
}

/**
 * A cost category as its label in the reader's language; a category admins added shows as its id.
 * @example categoryLabel('stock-assets', translatorFor('ru')) // 'Стоковые материалы'
 */
export function categoryLabel(category: string, t: Translate): string {
  const key = `category.${category}`;
  return hasMessage(key) ? t(key) : category;
}

/**
 * The task's planned, committed and actual money in its own currency and, when it differs, in the
 * organisation's base currency, formatted for the reader from integer minor units.
 * @example budgetTable({ line: { planned: 500000, committed: 0, actual: 120000, currency: 'EUR', category: 'media' }, inBase: { ok: true, currency: 'EUR', planned: 500000, committed: 0, actual: 120000 } }, t, 'en').rows[0]
 * // { key: 'planned', cells: ['Planned', '€5,000.00'] }
 */
export function budgetTable(budget: PanelBudget, t: Translate, locale: string): BudgetTable {
  const { line, inBase } = budget;
  const showBase = inBase.ok && inBase.currency !== line.currency;
  const head = [t('panel.budget.amount'), t('panel.budget.inCurrency', { currency: line.currency })];
  if (inBase.ok && showBase) head.push(t('panel.budget.inBase', { currency: inBase.currency }));
  const rows = (['planned', 'committed', 'actual'] as const).map((key) => {
    const cells = [t(`money.${key}`), displayMoney(line[key], line.currency, locale)];
    if (inBase.ok && showBase) cells.push(displayMoney(inBase[key], inBase.currency, locale));
    return { key, cells };
  });
  const table: BudgetTable = { head, rows, category: t('panel.budget.category', { category: categoryLabel(line.category, t) }) };
  if (line.vendor !== undefined) table.vendor = t('panel.budget.vendor', { vendor: line.vendor });
  if (!inBase.ok) table.missingRate = t('panel.budget.missingRate', { currency: line.currency });
  return table;
}

const SEVERITY_TONE: Record<PanelFinding['severity'], LozengeTone> = { violation: 'removed', warning: 'moved', info: 'inprogress' };

export interface FindingRow {
  key: string;
  severity: { text: string; tone: LozengeTone };
  what: string;
  /** The core's sentence: what is missing and, for gates, which status it blocks. */
  details: string;
}

/**
 * The template's findings as rows, most severe first as the core ordered them; the severity is a
 * lozenge (violation red, warning yellow, info blue) so a blocked gate stands out at a glance.
 * @example findingRows(template, t)[0] // { key: '0:gate-violation', severity: { text: 'Blocked', tone: 'removed' }, what: 'Gate not met', details: 'Set the KPI/goal: …' }
 */
export function findingRows(template: PanelTemplate, t: Translate): FindingRow[] {
  return template.findings.map((finding, index) => {
    const kindKey = `finding.${finding.kind}`;
    return {
      key: `${index}:${finding.kind}`,
      severity: { text: t(`severity.${finding.severity}`), tone: SEVERITY_TONE[finding.severity] },
      what: hasMessage(kindKey) ? t(kindKey) : t('finding.other'),
      details: finding.message,
    };
  });
}

export interface DuplicateRow {
  taskId: string;
  key: string;
  title: string;
  /** Jira opens a work item by key at this path on the same site. */
  href: string;
  score: string;
  decision: { text: string; tone: LozengeTone };
  words: string;
  sharedAssets?: string;
  where: string;
  ownerAccountId?: string;
  /** The owner's name where the host knows it; Jira's UI Kit shows the account itself instead. */
  ownerName?: string;
  budget: string;
}

/** The project's name when the answer has one; else Jira's key ("<project key>-<number>"), which people recognise, not the numeric id. */
function projectLabel(duplicate: PanelDuplicate): string {
  if (duplicate.projectName !== undefined) return duplicate.projectName;
  const match = /^([A-Z][A-Z0-9_]*)-\d+$/.exec(duplicate.key);
  return match?.[1] ?? duplicate.projectId;
}

/**
 * Each suggested duplicate as the panel lists it: the score as a whole percent, why it matched,
 * where it lives, who owns it and its planned budget in its own currency.
 * @example duplicateRows([{ taskId: '10077', key: 'BRD-77', score: 0.82, decision: 'likely-duplicate', matchedTerms: ['webinar', 'spring'], … }], t, 'en')[0].score // '82%'
 */
export function duplicateRows(duplicates: readonly PanelDuplicate[], t: Translate, locale: string): DuplicateRow[] {
  return duplicates.map((duplicate) => {
    const project = t('panel.duplicates.project', { project: projectLabel(duplicate) });
    const row: DuplicateRow = {
      taskId: duplicate.taskId,
      key: duplicate.key,
      title: duplicate.title,
      href: `/browse/${encodeURIComponent(duplicate.key)}`,
      score: formatScore(duplicate.score, locale),
      decision: {
        text: t(`panel.duplicates.${duplicate.decision}`),
        tone: duplicate.decision === 'likely-duplicate' ? 'moved' : 'default',
      },
      words: duplicate.matchedTerms.join(', '),
      where: duplicate.teamId === undefined ? project : `${project}, ${t('panel.duplicates.team', { team: duplicate.teamName ?? duplicate.teamId })}`,
      budget: duplicate.budget ? displayMoney(duplicate.budget.planned, duplicate.budget.currency, locale) : t('panel.duplicates.noBudget'),
    };
    if (duplicate.sharedAssets.length > 0) row.sharedAssets = t('panel.duplicates.sharedAssets', { assets: duplicate.sharedAssets.join(', ') });
    if (duplicate.ownerId !== undefined) row.ownerAccountId = duplicate.ownerId;
    if (duplicate.ownerName !== undefined) row.ownerName = duplicate.ownerName;
    return row;
  });
}
