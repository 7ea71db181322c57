import type { SqlClient } from '../../local/database/sql-client';
import { parseStoredRow } from '../../local/database/stored-row';
import { RuleActionConfig, type RuleActionStore } from './rule-action-config';

/**
 * Rule action configurations in `asana_rule_actions`, one row per Asana rule action gid; saving again
 * (a person editing the rule) replaces the row.
 * @example await store.save({ actionGid: '1210000000000001', workspaceGid, projectGid, actionType: 'apply-template', config, savedBy: '54321', savedAt: now })
 */
export class SqlRuleActions implements RuleActionStore {
  constructor(private readonly db: SqlClient) {}

  async load(actionGid: string): Promise<RuleActionConfig | undefined> {
    const rows = await this.db.query('SELECT config FROM asana_rule_actions WHERE action_gid = $1', [actionGid]);
    return rows[0] === undefined ? undefined : parseStoredRow(RuleActionConfig, 'asana_rule_actions', actionGid, rows[0].config);
  }

  async save(action: Parameters<RuleActionStore['save']>[0]): Promise<void> {
    const config = RuleActionConfig.parse(action.config);
    await this.db.query(
      `INSERT INTO asana_rule_actions (action_gid, workspace_gid, project_gid, action_type, config, saved_by, saved_at)
       VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7::text::timestamptz)
       ON CONFLICT (action_gid) DO UPDATE SET workspace_gid = excluded.workspace_gid, project_gid = excluded.project_gid, action_type = excluded.action_type,
         config = excluded.config, saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
      [action.actionGid, action.workspaceGid, action.projectGid, action.actionType, JSON.stringify(config), action.savedBy, action.savedAt.toISOString()],
    );
  }
}
