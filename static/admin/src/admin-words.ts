import { AccountFieldHost } from '../../../src/app/admin-people-form';
import type { SettingsProblem } from '../../../src/app/admin-settings-form';
import type { AppliesTo, CriterionKind, TaskCriteria } from '../../../src/core/templates/schema';
import type { Translate } from '../../../src/frontend/shared/messages';

/**
 * A problem in the reader's words: the page's own problems are translated, the core's are its message
 * (it names the field, the value and what would be accepted).
 * @example problemText({ path: 'thresholds.0.percentOfPlanned', code: 'not-a-whole-number', value: '90%', message: '…' }, t) // '“90%” is not a whole number'
 */
export function problemText(problem: SettingsProblem, t: Translate, subject = ''): string {
  if (problem.code === 'not-a-whole-number') return t('adminApp.problem.notNumber', { value: problem.value ?? '' });
  if (problem.code === 'invalid-json') return t('admin.edit.invalidJson', { field: subject, detail: problem.value ?? '' });
  // An account problem's host is the last segment of its path: people.3.accounts.asana.
  const host = AccountFieldHost.safeParse(problem.path.split('.').at(-1));
  if (problem.code === 'account-taken' && host.success) return t(`adminApp.problem.accountTaken.${host.data}`, { value: problem.value ?? '', name: problem.takenBy ?? '' });
  if (problem.code === 'not-an-account-id' && host.success) return t(`adminApp.problem.notAccountId.${host.data}`, { value: problem.value ?? '' });
  return problem.message;
}

/**
 * The path segments of a problem inside one item of a list, for finding it in that item's JSON.
 * @example segmentsAfter('templates.0.steps.2.due', 'templates.0') // ['steps', 2, 'due']
 */
export function segmentsAfter(path: string, prefix: string): Array<string | number> {
  if (path === prefix) return [];
  return path
    .slice(prefix.length + 1)
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * A path as people read it in JSON: `steps[2].due.workingDays`.
 * @example pathText(['steps', 2, 'due']) // 'steps[2].due'
 */
export function pathText(segments: ReadonlyArray<string | number>, whole: string): string {
  let text = '';
  for (const segment of segments) text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  return text === '' ? whole : text;
}

const KINDS: CriterionKind[] = ['taskTypes', 'labels', 'components', 'projectIds'];

function clause(criteria: Partial<TaskCriteria>, t: Translate): string[] {
  return KINDS.flatMap((kind) => {
    const values = criteria[kind];
    return values ? [t(`adminApp.criterion.${kind}`, { values: values.join(` ${t('adminApp.criterion.or')} `) })] : [];
  });
}

/**
 * Which tasks a template applies to, as a phrase: "type webinar or label webinar".
 * @example appliesToText({ projectIds: ['prj-brand'], anyOf: [{ taskTypes: ['webinar'] }] }, t) // 'project prj-brand and type webinar'
 */
export function appliesToText(appliesTo: AppliesTo, t: Translate): string {
  const and = ` ${t('adminApp.criterion.and')} `;
  const base = clause(appliesTo, t);
  const alternatives = (appliesTo.anyOf ?? []).map((alternative) => clause(alternative, t).join(and));
  const or = alternatives.join(` ${t('adminApp.criterion.or')} `);
  // Brackets only where "and" and "or" meet, so a plain list of alternatives reads plainly.
  const anyOf = alternatives.length > 1 && base.length > 0 ? `(${or})` : or;
  return [...base, ...(anyOf ? [anyOf] : [])].join(and);
}
