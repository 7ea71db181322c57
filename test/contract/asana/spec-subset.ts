import { isObject, type Json, type JsonObject, reachableSchemas, schemaRefNames } from '../../support/openapi-document';

/**
 * Cuts Asana's two OpenAPI documents down to what the Asana module serves or receives, so its contract
 * tests carry their own copy of the contract. Parameter and response `$ref`s are inlined; schema refs
 * stay refs, and every schema they reach is kept.
 */

export type { Json, JsonObject } from '../../support/openapi-document';

export interface PinnedOperation {
  method: 'get' | 'post' | 'put';
  path: string;
}

export interface SubsetPlan {
  file: string;
  source: string;
  operations: readonly PinnedOperation[];
  /** Schemas the checker needs beyond the operations' own references (e.g. items the spec names only in prose). */
  extraSchemas: readonly string[];
}

/**
 * The app server's own side of the REST API: creating a webhook (the handshake's contract) and the event
 * shape, listing a workspace's projects to subscribe them, and who a token belongs to (GET /users/me).
 */
export const ASANA_OAS_PLAN: SubsetPlan = {
  file: 'asana_oas.subset.json',
  source: 'asana_oas.yaml',
  operations: [
    { method: 'post', path: '/webhooks' },
    { method: 'get', path: '/workspaces/{workspace_gid}/projects' },
    { method: 'get', path: '/users/{user_gid}' },
  ],
  extraSchemas: ['EventResponse'],
};

/** The App Components endpoints Mops serves, and the field/footer schemas their untyped arrays name. */
export const APP_COMPONENTS_PLAN: SubsetPlan = {
  file: 'app_components_oas.subset.json',
  source: 'app_components_oas.yaml',
  operations: [
    { method: 'get', path: '/widget_metadata_url_path_placeholder' },
    { method: 'get', path: '/form_metadata_url_path_placeholder' },
    { method: 'get', path: '/action.metadata_url_path_placeholder' },
    { method: 'post', path: '/run_action_url_path_placeholder' },
    { method: 'post', path: '/action.on_change_callback_path_placeholder' },
    { method: 'post', path: '/action.on_submit_callback_path_placeholder' },
    { method: 'post', path: '/resource_attach_url_path_placeholder' },
  ],
  extraSchemas: [
    'WidgetField-Pill',
    'WidgetField-TextWithIcon',
    'WidgetField-DatetimeWithIcon',
    'WidgetFooter-Created',
    'WidgetFooter-Updated',
    'WidgetFooter-CustomText',
    'FormField-StaticText',
    'FormField-SingleLineText',
    'FormField-MultiLineText',
    'FormField-Dropdown',
    'FormField-Checkbox',
    'FormField-RadioButton',
  ],
};

/** Replaces `#/components/parameters|responses/…` refs with their targets, recursively. */
function inlineNonSchemaRefs(value: Json, components: JsonObject): Json {
  if (Array.isArray(value)) return value.map((item) => inlineNonSchemaRefs(item, components));
  if (!isObject(value)) return value;
  const ref = value.$ref;
  if (typeof ref === 'string') {
    const found = /^#\/components\/(parameters|responses)\/(.+)$/.exec(ref);
    if (found) {
      const section = components[found[1] as string];
      const target = isObject(section) ? section[found[2] as string] : undefined;
      if (target === undefined) throw new Error(`Reference ${ref} has no target in the document`);
      return inlineNonSchemaRefs(target, components);
    }
    if (!ref.startsWith('#/components/schemas/')) throw new Error(`Unsupported $ref "${ref}"`);
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inlineNonSchemaRefs(inner, components)]));
}

/**
 * The subset of an OpenAPI 3.0 document holding `plan.operations` and every schema they and
 * `plan.extraSchemas` reach.
 * @example pinAsanaSpec(appComponentsDoc, APP_COMPONENTS_PLAN, sha256).paths // { '/widget_metadata_url_path_placeholder': { … } }
 */
export function pinAsanaSpec(spec: JsonObject, plan: SubsetPlan, sha256: string): JsonObject {
  const { paths, components } = spec;
  if (!isObject(paths) || !isObject(components) || !isObject(components.schemas)) throw new Error('Not an OpenAPI 3 document: expected "paths" and "components.schemas"');
  const schemas = components.schemas;
  const pinnedPaths: JsonObject = {};
  for (const { method, path } of plan.operations) {
    const item = paths[path];
    if (!isObject(item) || !isObject(item[method])) throw new Error(`Operation ${method.toUpperCase()} ${path} is not in ${plan.source}`);
    const pinnedItem: JsonObject = isObject(pinnedPaths[path]) ? pinnedPaths[path] : {};
    if (item.parameters !== undefined) pinnedItem.parameters = inlineNonSchemaRefs(item.parameters, components);
    const operation = { ...item[method] };
    delete operation['x-readme'];
    pinnedItem[method] = inlineNonSchemaRefs(operation, components);
    pinnedPaths[path] = pinnedItem;
  }
  const roots = new Set<string>(plan.extraSchemas);
  schemaRefNames(pinnedPaths, roots);
  const kept = [...reachableSchemas(schemas, roots, plan.source)].sort((a, b) => a.localeCompare(b));
  return {
    openapi: spec.openapi ?? '3.0.0',
    info: {
      title: isObject(spec.info) ? (spec.info.title ?? null) : null,
      version: isObject(spec.info) ? (spec.info.version ?? null) : null,
      license: isObject(spec.info) ? (spec.info.license ?? null) : null,
      'x-mops-pinned': { source: plan.source, sha256, operations: plan.operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`), extraSchemas: [...plan.extraSchemas] },
    },
    paths: pinnedPaths,
    components: { schemas: Object.fromEntries(kept.map((name) => [name, schemas[name] as Json])) },
  };
}
