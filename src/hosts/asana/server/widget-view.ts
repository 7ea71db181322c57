import { issuePanel, type IssuePanelView } from '../../../app/issue-panel';
import type { WidgetMetadataRequest } from '../app-components/requests';
import type { MopsCore } from '../automation/mops-core';
import type { AsanaConnectionStore } from '../connect/asana-connection';
import { asanaTaskId } from '../workspace/asana-task-ids';
import type { AsanaWorkspaces } from '../workspace/asana-workspaces';

export interface WidgetViewDeps {
  connections: Pick<AsanaConnectionStore, 'forWorkspace'>;
  workspaces: AsanaWorkspaces;
  mops: Pick<MopsCore, 'settings' | 'clock'>;
}

/**
 * The Mops panel of the task an Asana widget is on, for the Asana user looking at it. Mops holds one
 * connection per workspace: when the viewer is that connection's user, the panel is read as them
 * (their token, so Asana's permissions decide what they see, duplicates included). Anyone else sees
 * the task's own budget and compliance — Asana showed them the task — but no duplicates, because Mops
 * cannot tell which other tasks they may open. Undefined when the workspace is not connected or the
 * task cannot be read.
 * @example await asanaWidgetView({ workspace: '1200…', task: '1209…', user: '1201…', … }, deps) // IssuePanelView
 */
export async function asanaWidgetView(request: WidgetMetadataRequest, deps: WidgetViewDeps): Promise<(IssuePanelView & { duplicatesHidden?: boolean }) | undefined> {
  const connection = await deps.connections.forWorkspace(request.workspace);
  if (!connection) return undefined;
  const tracker = await deps.workspaces.appTracker(request.workspace);
  const view = await issuePanel(asanaTaskId(request.task), { tracker, settings: await deps.mops.settings(), clock: deps.mops.clock });
  if (!view) return undefined;
  if (connection.asanaUser.gid === request.user) return view;
  return { ...view, duplicates: [], duplicatesHidden: true };
}
