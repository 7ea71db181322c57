/**
 * Regenerates the pinned subsets of Asana's OpenAPI documents that the Asana module's contract tests
 * read (test/contract/asana/*.subset.json). Tests never read the full documents; run this after adding
 * an operation or schema to the plans in test/contract/asana/spec-subset.ts, or to move to newer specs.
 *
 *   npx tsx scripts/pin-asana-spec.ts [SPEC_DIR]
 *
 * SPEC_DIR defaults to /work/shared/specs/asana (asana_oas.yaml and app_components_oas.yaml).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { APP_COMPONENTS_PLAN, ASANA_OAS_PLAN, type JsonObject, type PinnedOperation, pinAsanaSpec, type SubsetPlan } from '../test/contract/asana/spec-subset';

/**
 * The REST operations the Asana tracker adapter, the budget-field setup, the Events API poller and the
 * automation's flags and widget attachment call (src/hosts/asana/api, tracker, budget-fields, events,
 * automation); the fake Asana in test/support/fake-asana serves
 * exactly these and checks every request and answer against them.
 */
export const ASANA_TRACKER_OPERATIONS: readonly PinnedOperation[] = [
  { method: 'get', path: '/tasks/{task_gid}' },
  { method: 'put', path: '/tasks/{task_gid}' },
  { method: 'get', path: '/tasks' },
  { method: 'get', path: '/tasks/{task_gid}/subtasks' },
  { method: 'post', path: '/tasks/{task_gid}/subtasks' },
  { method: 'post', path: '/tasks/{task_gid}/stories' },
  { method: 'post', path: '/batch' },
  { method: 'get', path: '/events' },
  { method: 'get', path: '/workspaces/{workspace_gid}/custom_fields' },
  { method: 'post', path: '/custom_fields' },
  { method: 'post', path: '/custom_fields/{custom_field_gid}/enum_options' },
  { method: 'get', path: '/projects/{project_gid}/custom_field_settings' },
  { method: 'post', path: '/projects/{project_gid}/addCustomFieldSetting' },
  { method: 'post', path: '/attachments' },
  { method: 'get', path: '/attachments' },
  { method: 'get', path: '/workspaces/{workspace_gid}/tags' },
  { method: 'post', path: '/workspaces/{workspace_gid}/tags' },
  { method: 'post', path: '/tasks/{task_gid}/addTag' },
];

/** The webhook plan plus the adapter's operations, in one pinned subset of asana_oas.yaml. */
const ASANA_OAS_WITH_TRACKER: SubsetPlan = { ...ASANA_OAS_PLAN, operations: [...ASANA_OAS_PLAN.operations, ...ASANA_TRACKER_OPERATIONS] };

const DEFAULT_SPEC_DIR = '/work/shared/specs/asana';
const OUT_DIR = resolve(__dirname, '../test/contract/asana');

function main(): void {
  const [specDir = DEFAULT_SPEC_DIR] = process.argv.slice(2);
  for (const plan of [ASANA_OAS_WITH_TRACKER, APP_COMPONENTS_PLAN]) {
    const text = readFileSync(join(specDir, plan.source), 'utf8');
    const spec: unknown = parse(text);
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new Error(`${plan.source} is not a YAML mapping`);
    const subset = pinAsanaSpec(spec as JsonObject, plan, createHash('sha256').update(text).digest('hex'));
    const out = join(OUT_DIR, plan.file);
    writeFileSync(out, `${JSON.stringify(subset, null, 1)}\n`);
    const schemas = Object.keys((subset.components as { schemas: object }).schemas).length;
    process.stderr.write(`Pinned ${plan.operations.length} operations and ${schemas} schemas into ${out}\n`);
  }
}

if (require.main === module) main();
