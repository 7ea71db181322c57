import Resolver from '@forge/resolver';
import { defineAdminResolvers } from './admin-resolvers';
import { defineBudgetFieldResolvers } from './budget-field-resolvers';
import { defineIssuePanelResolvers } from './issue-panel-resolvers';
import { defineReportResolvers } from './report-resolvers';

const resolver = new Resolver();
defineIssuePanelResolvers(resolver);
defineReportResolvers(resolver);
defineAdminResolvers(resolver);
defineBudgetFieldResolvers(resolver);

/**
 * The one resolver function behind the issue panel, the project page, the admin page and the budget
 * field's edit form; each call names its resolver (see `contract.ts` for the names and payloads,
 * `views.ts` for the answers).
 * @example await handler({ call: { functionKey: 'getIssuePanel', payload: {} }, context }, { principal: { accountId }, installContext })
 */
export const handler = resolver.getDefinitions();
