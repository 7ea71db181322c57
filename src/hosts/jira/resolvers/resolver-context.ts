import { z } from 'zod';
import type { InvocationInfo } from '../composition';
import { invocationInfo } from '../invocation-context';
import { ResolverRefusal } from './resolver-refusal';

const JiraId = z.union([z.string().regex(/^\d+$/), z.number().int().positive()]).transform(String);

/** What Forge puts in a resolver request's context, as far as Mops reads it. */
const ResolverContext = z.looseObject({
  accountId: z.string().min(1).optional(),
  extension: z
    .looseObject({
      issue: z.looseObject({ id: JiraId, key: z.string().optional() }).optional(),
      project: z.looseObject({ id: JiraId, key: z.string().optional() }).optional(),
    })
    .optional()
    .catch(undefined),
});

export interface ResolverCall {
  invocation: InvocationInfo;
  accountId?: string;
  issueId?: string;
  projectId?: string;
}

/**
 * The invocation, the person and the issue or project the UI module was opened on.
 * @example resolverCall({ installContext, accountId: '5f8a…', extension: { issue: { id: '10042', key: 'WEB-12' } } }).issueId // '10042'
 */
export function resolverCall(context: unknown): ResolverCall {
  const parsed = ResolverContext.safeParse(context);
  const data = parsed.success ? parsed.data : undefined;
  return {
    invocation: invocationInfo(context),
    ...(data?.accountId ? { accountId: data.accountId } : {}),
    ...(data?.extension?.issue ? { issueId: data.extension.issue.id } : {}),
    ...(data?.extension?.project ? { projectId: data.extension.project.id } : {}),
  };
}

/**
 * The issue the panel is on; resolvers of the issue panel are meaningless anywhere else.
 * @example requireIssue(resolverCall(request.context), 'getIssuePanel') // '10042'
 */
export function requireIssue(call: ResolverCall, resolver: string): string {
  if (call.issueId === undefined) {
    throw new ResolverRefusal('bad-request', `${resolver} answers only inside the Mops issue panel: the call's context has no extension.issue.id`);
  }
  return call.issueId;
}
