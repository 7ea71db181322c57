import { z } from 'zod';
import { ResolverErrorKind, type ResolverName, type ResolverPayload } from '../../hosts/jira/resolvers/contract';

/**
 * What a view has once a resolver has answered: the data, checked against its schema, or why not.
 * `malformed` is the UI's own kind: the resolver answered, but not in the shape this build expects
 * (an app mid-upgrade, a resolver bug). The view shows it as an error instead of crashing on it.
 */
export type ResolverAnswer<T> =
  | { status: 'loaded'; data: T }
  | { status: 'failed'; kind: ResolverErrorKind | 'malformed'; message: string };

const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ kind: ResolverErrorKind, message: z.string() }) }),
]);

/** Where in the answer and what was wrong, for the details line under a malformed-answer message. */
function describeIssues(error: z.ZodError, root: string): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${[root, ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
}

/**
 * Reads one resolver answer: the `{ ok, data } | { ok, error }` envelope, then the data against the
 * view model's schema.
 * @example readResolverAnswer({ ok: false, error: { kind: 'no-permission', message: 'You cannot browse WEB-1' } }, IssuePanelView)
 * // { status: 'failed', kind: 'no-permission', message: 'You cannot browse WEB-1' }
 */
export function readResolverAnswer<T>(answer: unknown, schema: z.ZodType<T>): ResolverAnswer<T> {
  const envelope = Envelope.safeParse(answer);
  if (!envelope.success) return { status: 'failed', kind: 'malformed', message: describeIssues(envelope.error, 'answer') };
  if (!envelope.data.ok) return { status: 'failed', kind: envelope.data.error.kind, message: envelope.data.error.message };
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) return { status: 'failed', kind: 'malformed', message: describeIssues(data.error, 'data') };
  return { status: 'loaded', data: data.data };
}

/** The shape of `@forge/bridge`'s `invoke`, so calls can be made (and tested) without the bridge. */
export type Invoker = (functionKey: string, payload: Record<string, unknown>) => Promise<unknown>;

/**
 * Calls a resolver through `invoke` and reads its answer; a call that throws (network, timeout, the
 * resolver crashing before it could answer) is `unavailable`, never an exception in the view.
 * @example await callResolver(invoke, 'getCapacity', { weeks: 8 }, CapacityReportView) // { status: 'loaded', data: { grid, doubleBookings } }
 */
export async function callResolver<Name extends ResolverName, T>(
  invoker: Invoker,
  name: Name,
  payload: ResolverPayload<Name>,
  schema: z.ZodType<T>,
): Promise<ResolverAnswer<T>> {
  let answer: unknown;
  try {
    answer = await invoker(name, payload as Record<string, unknown>);
  } catch (error) {
    return { status: 'failed', kind: 'unavailable', message: error instanceof Error ? error.message : String(error) };
  }
  return readResolverAnswer(answer, schema);
}
