import { issuePanel, type IssuePanelView } from '../../../app/issue-panel';
import { AsanaHttpError } from '../api/asana-errors';
import type { WidgetMetadataRequest } from '../app-components/requests';
import type { MopsCore } from '../automation/mops-core';
import type { AsanaConnectionStore } from '../connect/asana-connection';
import type { AsanaViewers } from '../sign-in/asana-viewers';
import { asanaTaskId } from '../workspace/asana-task-ids';
import type { AsanaWorkspaces } from '../workspace/asana-workspaces';

export interface WidgetViewDeps {
  connections: Pick<AsanaConnectionStore, 'forWorkspace'>;
  workspaces: AsanaWorkspaces;
  mops: Pick<MopsCore, 'settings' | 'clock'>;
  /** The Asana users signed in with Asana ("Sign in with Asana"), found by their gid. */
  viewers: Pick<AsanaViewers, 'inWorkspace'>;
}

/** The panel with the duplicates left out, for a viewer whose permissions Mops cannot check. */
export type WidgetView = IssuePanelView & { duplicatesHidden?: boolean };

/**
 * The Mops panel of the task an Asana widget is on, for the Asana user looking at it (the user Asana
 * signed the request for). When that user signed in with Asana and the session is live, the panel is
 * read with their own token, so Asana's permissions decide which duplicates they see. Otherwise, as
 * before: the workspace connection's own user is read as the connection; anyone else sees the task's
 * own budget and compliance — Asana showed them the task — but no duplicates (`duplicatesHidden`),
 * because Mops cannot tell which other tasks they may open. Undefined when the workspace is not
 * connected or the task cannot be read.
 * @example await asanaWidgetView({ workspace: '1200…', task: '1209…', user: '1201…', … }, deps) // { key, budget, template, duplicates: [BRD-77] }
 */
export async function asanaWidgetView(request: WidgetMetadataRequest, deps: WidgetViewDeps): Promise<WidgetView | undefined> {
  const connection = await deps.connections.forWorkspace(request.workspace);
  if (!connection) return undefined;
  const settings = await deps.mops.settings();
  const viewer = await deps.viewers.inWorkspace(request.user, request.workspace);
  if (viewer) {
    try {
      const tracker = await deps.workspaces.trackerOver(request.workspace, deps.workspaces.httpAs(viewer.accessToken));
      return await issuePanel(asanaTaskId(request.task), { tracker, settings, clock: deps.mops.clock });
    } catch (error) {
      // A personal access token the viewer revoked at Asana: they see what anyone without a session sees.
      if (!(error instanceof AsanaHttpError && error.status === 401)) throw error;
    }
  }
  const tracker = await deps.workspaces.appTracker(request.workspace);
  const view = await issuePanel(asanaTaskId(request.task), { tracker, settings, clock: deps.mops.clock });
  if (!view) return undefined;
  if (connection.asanaUser.gid === request.user) return view;
  return { ...view, duplicates: [], duplicatesHidden: true };
}
