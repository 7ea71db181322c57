import { useCallback, useState } from 'react';
import { IssuePanelView } from '../../app/issue-panel';
import type { LinkKind } from '../../app/ports/link-kind';
import { forgeInvoker, useResolver } from '../shared/use-resolver';
import { runDuplicateAction, type DuplicateAction, type Outcome } from './duplicate-action';
import type { DuplicateRow } from './panel-view-model';

/**
 * The panel's data and its duplicate actions, for both faces of the panel (UI Kit in Jira, Custom UI
 * anywhere): each action goes through `invoke`, then the panel reloads either way, since a failed link
 * may still have been half-applied and the list should say so.
 * @example const { state, refreshing, reload, act } = useIssuePanel();
 */
export function useIssuePanel() {
  const { state, refreshing, reload } = useResolver('getIssuePanel', {}, IssuePanelView);
  const act = useCallback(
    async (action: DuplicateAction): Promise<Outcome> => {
      const outcome = await runDuplicateAction(forgeInvoker, action);
      reload();
      return outcome;
    },
    [reload],
  );
  return { state, refreshing, reload, act };
}

/**
 * Runs one suggestion's action and remembers which row is busy and how the last action went.
 * @example const { pendingTaskId, outcome, run } = useDuplicateActions(act); run(row, 'dismiss');
 */
export function useDuplicateActions(act: (action: DuplicateAction) => Promise<Outcome>) {
  const [pendingTaskId, setPendingTaskId] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const run = async (row: DuplicateRow, kind: LinkKind | 'dismiss'): Promise<void> => {
    setPendingTaskId(row.taskId);
    setOutcome(undefined);
    const action: DuplicateAction =
      kind === 'dismiss' ? { kind: 'dismiss', otherTaskId: row.taskId, key: row.key } : { kind: 'link', link: kind, otherTaskId: row.taskId, key: row.key };
    setOutcome(await act(action));
    setPendingTaskId(undefined);
  };
  return { pendingTaskId, outcome, run };
}
