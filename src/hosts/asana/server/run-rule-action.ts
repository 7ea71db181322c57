import { newestTemplate } from '../../../app/template-for-task';
import type { Template } from '../../../core/templates';
import type { RunActionRequest } from '../app-components/requests';
import type { RanActionResponse } from '../app-components/responses';
import type { AsanaAutomation } from '../automation/asana-automation';
import { MATCHING_TEMPLATE, type RuleActionConfig, type RuleActionKind } from '../rule-actions/rule-action-config';

/**
 * The templates a rule action runs with: all of them for "the matching template"; the chosen one alone,
 * made to apply to any task, when the rule names one; none for a duplicates-only check.
 * @example templatesForRule({ kind: 'apply-template', template: 'webinar' }, templates)[0]?.appliesTo // {}
 */
export function templatesForRule(config: RuleActionConfig, templates: readonly Template[]): readonly Template[] | undefined {
  if (config.kind === 'check-duplicates') return [];
  if (config.template === MATCHING_TEMPLATE) return undefined;
  const chosen = newestTemplate(templates, config.template);
  if (!chosen) throw new Error(`The rule action names template "${config.template}", which the settings no longer have; edit the rule and choose another`);
  return [{ ...chosen, appliesTo: {} }];
}

/**
 * Runs a Mops rule action on the rule's task: the same task-added automation a webhook runs (lease,
 * task state, comment once), with the rule's templates. A task that is gone answers with the error
 * Asana shows the person.
 * @example await runRuleAction(automation, 'apply-template', request, config, templates) // { action_result: 'ok' }
 */
export async function runRuleAction(
  automation: Pick<AsanaAutomation, 'taskAdded'>,
  kind: RuleActionKind,
  request: RunActionRequest,
  config: RuleActionConfig,
  templates: readonly Template[],
): Promise<RanActionResponse> {
  const chosen = templatesForRule(config, templates);
  const outcome = await automation.taskAdded(request.workspace, request.target_object, undefined, chosen === undefined ? {} : { templates: chosen });
  if (outcome.outcome === 'gone') return { action_result: 'ok', error: `Mops cannot read task ${request.target_object}: it was deleted, or the connection cannot see it` };
  if (outcome.outcome === 'busy') return { action_result: 'ok', error: 'Mops is already working on this task; it will be done in a moment' };
  if (kind === 'apply-template' && outcome.outcome === 'processed' && outcome.templateId === undefined) return { action_result: 'ok', error: 'No Mops template matches this task; add a template tag or choose a template in the rule' };
  return { action_result: 'ok' };
}
