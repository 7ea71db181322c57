import { z } from 'zod';

/*
 * The inner payloads of the App Components requests Mops serves, from app_components_oas.yaml: the GET
 * endpoints' `parameters` (all `required: true` there, except `action` on the action metadata form) and
 * the POST bodies' schemas (RootUIComponentRequest + the endpoint's own part). Unknown extra parameters
 * are allowed: Asana may add some, and the signature already vouches for them.
 */

const Gid = z.string().min(1).max(64);
const ExpiresAt = z.iso.datetime({ offset: true });

/** GET widget_metadata_url: resource_url, workspace, task, user, attachment, expires_at. */
export const WidgetMetadataRequest = z.object({
  resource_url: z.url(),
  workspace: Gid,
  task: Gid,
  user: Gid,
  attachment: Gid,
  expires_at: ExpiresAt,
});
export type WidgetMetadataRequest = z.infer<typeof WidgetMetadataRequest>;

/** GET form_metadata_url: workspace, task, user, expires_at. */
export const FormMetadataRequest = z.object({ workspace: Gid, task: Gid, user: Gid, expires_at: ExpiresAt });
export type FormMetadataRequest = z.infer<typeof FormMetadataRequest>;

/** GET action.metadata_url (the rule action's configuration form): `action` only when editing an existing one. */
export const ActionMetadataRequest = z.object({
  action: Gid.optional(),
  action_type: z.string().min(1),
  project: Gid,
  workspace: Gid,
  user: Gid,
  expires_at: ExpiresAt,
});
export type ActionMetadataRequest = z.infer<typeof ActionMetadataRequest>;

/** POST run_action_url (RunActionRequest): `idempotency_key` is the one property the spec requires. */
export const RunActionRequest = z.object({
  idempotency_key: z.string().min(1),
  expires_at: ExpiresAt,
  user: Gid,
  workspace: Gid,
  project: Gid,
  /** "Currently, this value is always a task GID." */
  target_object: Gid,
  action: Gid,
  action_type: z.string().min(1),
});
export type RunActionRequest = z.infer<typeof RunActionRequest>;

/**
 * A verified payload held to one endpoint's schema; the error names each field and what was expected.
 * @example parseAppComponentsPayload(WidgetMetadataRequest, verified.payload) // { ok: true, value: { task: '67890', … } }
 */
export function parseAppComponentsPayload<T extends z.ZodType>(schema: T, payload: unknown): { ok: true; value: z.infer<T> } | { ok: false; status: 400; reason: string } {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`).join('; ');
  return { ok: false, status: 400, reason };
}
