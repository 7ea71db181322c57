import { z } from 'zod';
import { type ResolverName, ResolverPayloads } from '../../jira/resolvers/contract';
import { zodProblems } from '../database/stored-row';
import type { LocalMops } from '../local-mops';
import { ApiRefusal } from './api-refusal';
import { type LocalCall, type LocalResolver, LOCAL_RESOLVERS, type PayloadOf } from './local-resolvers';
import type { Viewer } from './viewer';

const JiraStyleId = z.union([z.string().min(1), z.number().int().positive()]).transform(String);

/**
 * The body of `POST /api/invoke/:name`: what the UI passed to `invoke(name, payload)`, and the context
 * Forge would have attached — the task of an issue panel (`extension.issue.id`), the project of a
 * project page (`extension.project.id`). The bridge shim in the local pages sends both.
 */
export const InvokeRequest = z
  .object({
    payload: z.unknown().optional(),
    context: z
      .looseObject({
        extension: z
          .looseObject({
            issue: z.looseObject({ id: JiraStyleId, key: z.string().optional() }).optional(),
            project: z.looseObject({ id: JiraStyleId, key: z.string().optional() }).optional(),
          })
          .optional(),
      })
      .optional(),
  })
  .strict();
export type InvokeRequest = z.input<typeof InvokeRequest>;

/** @example isResolverName('getIssuePanel') // true */
export function isResolverName(name: string): name is ResolverName {
  return Object.hasOwn(ResolverPayloads, name);
}

/**
 * The local call of one resolver: the payload checked with the contract's schema (a bad one is a
 * `bad-request` naming the field, worded as the Jira resolvers word it), the resolver run as the viewer,
 * and the answer checked against its view model before it leaves.
 * @example await invokeResolver('getIssuePanel', { context: { extension: { issue: { id: 'dup-photographer-brd' } } } }, viewer, mops) // IssuePanelView
 */
export async function invokeResolver<Name extends ResolverName>(name: Name, body: z.output<typeof InvokeRequest>, viewer: Viewer, mops: LocalMops): Promise<unknown> {
  const schema = ResolverPayloads[name] as unknown as z.ZodType<PayloadOf<Name>>;
  const payload = schema.safeParse(body.payload ?? {});
  if (!payload.success) throw new ApiRefusal('bad-request', `${name} payload not accepted: ${zodProblems(payload.error).join('; ')}`);
  const extension = body.context?.extension;
  const call: LocalCall = {
    ...(extension?.issue ? { issueId: extension.issue.id } : {}),
    ...(extension?.project ? { projectId: extension.project.id } : {}),
  };
  const resolver = LOCAL_RESOLVERS[name] as LocalResolver<Name>;
  const data = await resolver.run({ payload: payload.data, call, viewer, mops });
  const checked = resolver.output.safeParse(data);
  if (!checked.success) {
    mops.log('error', `${name} produced an answer outside its view model`, { problems: zodProblems(checked.error).slice(0, 5) });
    throw new ApiRefusal('internal', `${name} produced an answer Mops could not vouch for; the server's log has the details`);
  }
  return checked.data;
}
