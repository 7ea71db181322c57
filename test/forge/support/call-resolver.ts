import { resolver } from '../../../src/hosts/jira';
import type { ResolverName } from '../../../src/hosts/jira/resolvers/contract';
import { INSTALL_CONTEXT } from './fake-platform';
import { ANA } from './test-settings';

/** Where in Jira the UI module that calls is open. */
export type Surface = { issue: { id: string; key: string } } | { project: { id: string; key: string } } | Record<string, never>;

/**
 * Calls the resolver function exactly as Forge does when a UI module invokes it: the call and the
 * module's context first, the runtime's payload (principal, installation) second.
 * @example await callResolver('getIssuePanel', {}, { issue: { id: '10042', key: 'EVT-12' } })
 */
export async function callResolver(name: ResolverName | string, payload: unknown, surface: Surface = {}, accountId = ANA.id): Promise<unknown> {
  const extension = 'issue' in surface ? { type: 'jira:issuePanel', ...surface } : 'project' in surface ? { type: 'jira:projectPage', ...surface } : { type: 'jira:adminPage' };
  return resolver(
    { call: { functionKey: name, payload: payload as Record<string, unknown> }, context: { localId: 'ari:cloud:ecosystem::extension/mops', cloudId: '7c3e2f1a', moduleKey: 'mops', extension } },
    { principal: { accountId }, installContext: INSTALL_CONTEXT },
  );
}
