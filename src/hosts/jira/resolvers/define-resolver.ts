import type Resolver from '@forge/resolver';
import type { Request } from '@forge/resolver';
import { z } from 'zod';
import { currentPlatform, MopsServices } from '../composition';
import { type ResolverName, ResolverPayloads, type ResolverResult } from './contract';
import { type ResolverCall, resolverCall } from './resolver-context';
import { errorAnswer } from './resolver-refusal';

export type PayloadOf<Name extends ResolverName> = z.output<(typeof ResolverPayloads)[Name]>;

export interface ResolverInput<Name extends ResolverName> {
  payload: PayloadOf<Name>;
  call: ResolverCall;
  mops: MopsServices;
}

/**
 * "otherTaskId: expected a string" for each problem, so the UI's message names the field.
 * @example payloadProblems(error) // 'otherTaskId: Invalid input: expected string, received undefined'
 */
function payloadProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(payload)'}: ${issue.message}`).join('; ');
}

/**
 * Defines one resolver the way every Mops resolver behaves: the payload is parsed with the contract's
 * schema (a bad one is a `bad-request` naming the field), the answer is checked against `output` on its
 * way out, and errors become the envelope's kinds instead of reaching the UI as exceptions.
 * @example defineResolver(resolver, 'getIssuePanel', IssuePanelView, async ({ call, mops }) => …)
 */
export function defineResolver<Name extends ResolverName, View extends z.ZodType>(
  resolver: Resolver,
  name: Name,
  output: View,
  run: (input: ResolverInput<Name>) => Promise<z.input<View>>,
): void {
  // The contract maps each name to its own schema; indexing by a generic name loses that pairing.
  const payloadSchema = ResolverPayloads[name] as unknown as z.ZodType<PayloadOf<Name>>;
  resolver.define(name, async (request: Request<unknown>): Promise<ResolverResult<z.output<View>>> => {
    const call = resolverCall(request.context);
    const mops = new MopsServices(currentPlatform(), call.invocation);
    const payload = payloadSchema.safeParse(request.payload ?? {});
    if (!payload.success) return { ok: false, error: { kind: 'bad-request', message: `${name} payload not accepted: ${payloadProblems(payload.error)}` } };
    try {
      const data = await run({ payload: payload.data, call, mops });
      const checked = output.safeParse(data);
      if (checked.success) return { ok: true, data: checked.data };
      mops.log('error', `${name} produced an answer outside its view model`, { problems: payloadProblems(checked.error) });
      return { ok: false, error: { kind: 'internal', message: `${name} produced an answer Mops could not vouch for; the app's logs have the details` } };
    } catch (error) {
      const answer = errorAnswer(error);
      if (answer === 'rethrow') throw error;
      if (answer.kind === 'internal') mops.log('error', `${name} failed`, { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return { ok: false, error: answer };
    }
  });
}
