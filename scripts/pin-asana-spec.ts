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
import { APP_COMPONENTS_PLAN, ASANA_OAS_PLAN, type JsonObject, pinAsanaSpec } from '../test/contract/asana/spec-subset';

const DEFAULT_SPEC_DIR = '/work/shared/specs/asana';
const OUT_DIR = resolve(__dirname, '../test/contract/asana');

function main(): void {
  const [specDir = DEFAULT_SPEC_DIR] = process.argv.slice(2);
  for (const plan of [ASANA_OAS_PLAN, APP_COMPONENTS_PLAN]) {
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

main();
