import { invoke } from '@forge/bridge';
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { ResolverName, ResolverPayload } from '../../hosts/jira/resolvers/contract';
import { callResolver, type Invoker, type ResolverAnswer } from './resolver-answer';

/** `invoke` from the Forge bridge, narrowed to what Mops' resolvers take and give. */
export const forgeInvoker: Invoker = (functionKey, payload) => invoke<unknown>(functionKey, payload);

export type ResolverState<T> = { status: 'loading' } | ResolverAnswer<T>;

export interface UseResolver<T> {
  state: ResolverState<T>;
  /** True while a reload runs behind data already on screen (after an action, or "Refresh"). */
  refreshing: boolean;
  reload: () => void;
}

/**
 * Loads a resolver's view model when the view mounts and whenever the payload changes. A reload keeps
 * what is on screen until the new answer arrives, and an answer that arrives after a newer request
 * or after the view unmounted is dropped. `schema` must be a module-level constant.
 * @example const { state, reload } = useResolver('getIssuePanel', {}, IssuePanelView);
 */
export function useResolver<Name extends ResolverName, T>(name: Name, payload: ResolverPayload<Name>, schema: z.ZodType<T>): UseResolver<T> {
  const [state, setState] = useState<ResolverState<T>>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // Payloads are small plain objects; comparing them as JSON lets callers pass a fresh literal each render.
  const payloadJson = JSON.stringify(payload);

  useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    setRefreshing(true);
    void callResolver(forgeInvoker, name, JSON.parse(payloadJson) as ResolverPayload<Name>, schema).then((answer) => {
      if (!current) return;
      setState(answer);
      setRefreshing(false);
    });
    return () => {
      current = false;
    };
  }, [name, payloadJson, schema, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, refreshing: refreshing && state.status === 'loaded', reload };
}
