import { z } from 'zod';

/*
 * The inner payloads of the rule action form callbacks (app_components_oas.yaml:
 * ActionFormOnChangeRequest and ActionFormSubmissionRequest, both FormOnChangeFormSubmissionRequest's
 * `values` plus the rule's project and action). The spec marks no property required; Mops needs the
 * ones named here to know which rule and which project it is configuring.
 */

const Gid = z.string().min(1).max(64);
const ExpiresAt = z.iso.datetime({ offset: true });
/** Each form field's id → its value (a string, a list of option ids, …). */
const Values = z.record(z.string(), z.unknown()).default({});

export const ActionFormChangeRequest = z.object({
  expires_at: ExpiresAt,
  user: Gid,
  workspace: Gid,
  project: Gid,
  action: Gid.optional(),
  action_type: z.string().min(1).optional(),
  changed_field: z.string().min(1).optional(),
  values: Values,
});
export type ActionFormChangeRequest = z.infer<typeof ActionFormChangeRequest>;

export const ActionFormSubmitRequest = ActionFormChangeRequest.extend({
  /** "Asana will create the rule action data model object" before the submit: its gid is here. */
  action: Gid,
  rule_name: z.string().optional(),
});
export type ActionFormSubmitRequest = z.infer<typeof ActionFormSubmitRequest>;
