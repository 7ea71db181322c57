/**
 * What a viewer signing in with Asana grants Mops: reading only. Their token reads /users/me, the
 * workspace's project listing (with teams), tasks and subtasks (with tags and custom field values,
 * `POST /batch` of GETs) for the report pages, the widget and subscribing; every write is the
 * connection's. Scope names as asana_oas.yaml lists them under securitySchemes.oauth2.
 */
export const VIEWER_SCOPES = ['users:read', 'workspaces:read', 'projects:read', 'teams:read', 'tasks:read', 'tags:read', 'custom_fields:read'] as const;
