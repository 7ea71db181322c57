/**
 * Regenerates the pinned subset of Jira Cloud's REST v3 OpenAPI document that the Jira adapter's
 * contract tests use. Tests read only the committed subset; run this when the adapter starts calling a
 * new operation (add it to JIRA_OPERATIONS first) or to move to a newer document.
 *
 *   npx tsx scripts/pin-jira-spec.ts [FULL_SPEC.json] [OUT.json]
 *
 * Defaults: the document in shared/specs/jira/, written to test/contract/jira/jira-platform-v3.subset.json.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { extraSchemaNames, JIRA_OPERATIONS, pinSpec } from '../test/contract/jira/spec-subset';

const DEFAULT_SOURCE = '/work/shared/specs/jira/jira-platform-v3.json';
const DEFAULT_OUT = resolve(__dirname, '../test/contract/jira/jira-platform-v3.subset.json');

function main(): void {
  const [source = DEFAULT_SOURCE, out = DEFAULT_OUT] = process.argv.slice(2);
  const text = readFileSync(source, 'utf8');
  const spec: unknown = JSON.parse(text);
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new Error(`${source} is not a JSON object`);
  const subset = pinSpec(spec as Parameters<typeof pinSpec>[0], {
    operations: JIRA_OPERATIONS,
    extraSchemas: extraSchemaNames(),
    source: `Atlassian Jira Cloud platform REST API v3 OpenAPI document (${basename(source)})`,
    sha256: createHash('sha256').update(text).digest('hex'),
  });
  writeFileSync(out, `${JSON.stringify(subset, null, 1)}\n`);
  const schemas = Object.keys((subset.components as { schemas: object }).schemas).length;
  process.stderr.write(`Pinned ${JIRA_OPERATIONS.length} operations and ${schemas} schemas into ${out}\n`);
}

main();
