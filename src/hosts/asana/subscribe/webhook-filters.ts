/**
 * What each webhook asks Asana to send (WebhookRequest.filters in asana_oas.yaml). A project webhook
 * carries its tasks: added (to run the template and duplicate check), changed in what the duplicate
 * index reads, and deleted. A team webhook carries only projects added to the team: Asana's higher-level
 * webhooks (workspace, team) never carry task events and do not take `fields`.
 */
export const PROJECT_WEBHOOK_FILTERS = [
  { resource_type: 'task', action: 'added' },
  { resource_type: 'task', action: 'changed', fields: ['name', 'notes', 'completed', 'custom_fields'] },
  { resource_type: 'task', action: 'deleted' },
] as const;

export const TEAM_WEBHOOK_FILTERS = [{ resource_type: 'project', action: 'added' }] as const;
