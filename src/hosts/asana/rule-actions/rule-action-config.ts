import { z } from 'zod';

/** The rule actions Mops offers in Asana's rule builder, by the path segment of their URLs. */
export const RuleActionKind = z.enum(['apply-template', 'check-duplicates']);
export type RuleActionKind = z.infer<typeof RuleActionKind>;

/** "matching": the template whose criteria the task meets (its tags); otherwise a template id. */
export const MATCHING_TEMPLATE = 'matching';

/** What a person chose in a rule action's form, kept by the action's gid until the rule runs. */
export const RuleActionConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('apply-template'), template: z.string().min(1).default(MATCHING_TEMPLATE) }),
  z.object({ kind: z.literal('check-duplicates') }),
]);
export type RuleActionConfig = z.infer<typeof RuleActionConfig>;

/**
 * The configuration a new rule action starts with.
 * @example defaultRuleActionConfig('apply-template') // { kind: 'apply-template', template: 'matching' }
 */
export function defaultRuleActionConfig(kind: RuleActionKind): RuleActionConfig {
  return kind === 'apply-template' ? { kind, template: MATCHING_TEMPLATE } : { kind };
}

/** Where a rule action's configuration is kept. */
export interface RuleActionStore {
  load(actionGid: string): Promise<RuleActionConfig | undefined>;
  save(action: { actionGid: string; workspaceGid: string; projectGid: string; actionType: string; config: RuleActionConfig; savedBy: string; savedAt: Date }): Promise<void>;
}
