import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ProcessorBuilder, validate, ValidationTypes } from '@forge/manifest';
import Ajv from 'ajv';
import { z } from 'zod';
import { DEFAULT_COST_CATEGORIES } from '../../src/core/budget/categories';
import { MINOR_UNIT_DIGITS } from '../../src/core/money/iso4217';
import { ResolverPayloads } from '../../src/hosts/jira/resolvers/contract';
import { checkDraft } from '../../src/frontend/budget-field-edit/budget-draft';
import { translatorFor } from '../../src/frontend/shared/messages';
import { FIRST_REPORT, REPORTS } from '../../src/frontend/shared/report-route';
import { JiraContract } from '../contract/jira/openapi-contract';
import { JIRA_OPERATIONS } from '../contract/jira/spec-subset';

const ROOT = resolve(__dirname, '../..');
const MANIFEST = join(ROOT, 'manifest.yml');

interface ValidationResult {
  success: boolean;
  errors?: Array<{ level: string; line: number; column: number; message: string }>;
  manifestObject?: { typedContent?: Manifest };
}

interface Manifest {
  app: { runtime: { name: string } };
  permissions: { scopes: string[] };
  modules: Record<string, Array<Record<string, unknown> & { key: string }>>;
  resources: Array<{ key: string; path: string }>;
}

/** Atlassian's validator resolves paths against the working directory, as the forge CLI does. */
async function inRoot<T>(run: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    return await run();
  } finally {
    process.chdir(previous);
  }
}

let full: ValidationResult;
let manifest: Manifest;

beforeAll(async () => {
  full = await inRoot(() => validate(false, 'manifest.yml') as Promise<ValidationResult>);
  const typed = full.manifestObject?.typedContent;
  if (!typed) throw new Error(`@forge/manifest returned no manifest: ${JSON.stringify(full.errors)}`);
  manifest = typed;
});

/** Every `experience` enum in Atlassian's manifest schema: the views a custom field can render in. */
function experienceEnums(node: unknown): string[][] {
  if (Array.isArray(node)) return node.flatMap(experienceEnums);
  if (typeof node !== 'object' || node === null) return [];
  const found: string[][] = [];
  for (const [key, value] of Object.entries(node)) {
    const items = (value as { items?: { enum?: unknown } } | null)?.items;
    if (key === 'experience' && Array.isArray(items?.enum)) found.push(items.enum.map(String));
    found.push(...experienceEnums(value));
  }
  return found;
}

const describeErrors = (result: ValidationResult) => (result.errors ?? []).map((error) => `${error.level} ${error.line}:${error.column} ${error.message}`);

describe('manifest.yml', () => {
  it("passes Atlassian's own full validation with no errors", () => {
    expect(describeErrors(full)).toEqual([]);
    expect(full.success).toBe(true);
  });

  it("passes Atlassian's check that each product trigger has the scopes its events need", async () => {
    const result = (await inRoot(() => ProcessorBuilder.instance().withValidation(ValidationTypes.PRODUCT_TRIGGER).build().process('manifest.yml'))) as ValidationResult;
    expect(describeErrors(result)).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('runs on the current Node.js runtime', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  it('names a handler for every function that is an exported function of its module', async () => {
    const functions = manifest.modules.function ?? [];
    expect(functions.map((fn) => fn.key).sort()).toEqual(['backfill-consumer', 'index-maintenance', 'issue-created', 'issue-deleted', 'issue-updated', 'resolver', 'template-gate', 'weekly-digest']);
    for (const fn of functions) {
      const handler = String(fn.handler);
      const dot = handler.lastIndexOf('.');
      const file = join(ROOT, 'src', handler.slice(0, dot));
      const exported = (await import(file)) as Record<string, unknown>;
      expect({ handler, type: typeof exported[handler.slice(dot + 1)] }).toEqual({ handler, type: 'function' });
    }
  });

  it('wires every module to a function or resource that exists', () => {
    const functionKeys = new Set((manifest.modules.function ?? []).map((fn) => fn.key));
    const resourceKeys = new Set(manifest.resources.map((resource) => resource.key));
    const referenced: string[] = [];
    for (const [type, modules] of Object.entries(manifest.modules)) {
      if (type === 'function') continue;
      for (const module of modules) {
        const fn = module.function ?? (module.resolver as { function?: string } | undefined)?.function;
        if (typeof fn === 'string') referenced.push(fn);
        if (typeof module.resource === 'string') expect(resourceKeys).toContain(module.resource);
      }
    }
    expect([...new Set(referenced)].sort()).toEqual([...functionKeys].sort());
    for (const resource of manifest.resources) expect({ path: resource.path, exists: existsSync(join(ROOT, resource.path)) }).toEqual({ path: resource.path, exists: true });
  });

  it('keeps every module, function and resource key within 23 characters', () => {
    const keys = [...Object.values(manifest.modules).flat().map((module) => module.key), ...manifest.resources.map((resource) => resource.key)];
    expect(keys.filter((key) => key.length > 23)).toEqual([]);
  });

  it('has one module of each kind the issue asks for', () => {
    const kinds = Object.fromEntries(Object.entries(manifest.modules).map(([type, modules]) => [type, modules.length]));
    expect(kinds).toEqual({
      'jira:customField': 1,
      'jira:issuePanel': 1,
      'jira:projectPage': 1,
      'jira:globalPage': 1,
      'jira:adminPage': 1,
      trigger: 3,
      'jira:workflowValidator': 1,
      scheduledTrigger: 2,
      consumer: 1,
      function: 8,
    });
    const events = (manifest.modules.trigger ?? []).map((trigger) => ({ events: trigger.events, ignoreSelf: (trigger.filter as { ignoreSelf?: boolean } | undefined)?.ignoreSelf ?? false }));
    expect(events).toEqual([
      { events: ['avi:jira:created:issue'], ignoreSelf: true },
      { events: ['avi:jira:updated:issue'], ignoreSelf: true },
      { events: ['avi:jira:deleted:issue'], ignoreSelf: false },
    ]);
    expect(manifest.modules.scheduledTrigger?.map((schedule) => schedule.interval)).toEqual(['week', 'day']);
    expect(manifest.modules.consumer?.[0]).toMatchObject({ queue: 'mops-backfill' });
  });

  it('renders the pages with the Custom UI builds the local host serves, and the budget field form with UI Kit', () => {
    const pages = ['jira:issuePanel', 'jira:projectPage', 'jira:globalPage', 'jira:adminPage'].flatMap((type) => manifest.modules[type] ?? []);
    expect(pages.map((module) => ({ render: module.render, resource: module.resource, resolver: module.resolver }))).toEqual([
      { render: undefined, resource: 'issue-panel', resolver: { function: 'resolver' } },
      { render: undefined, resource: 'reports', resolver: { function: 'resolver' } },
      { render: undefined, resource: 'reports', resolver: { function: 'resolver' } },
      { render: undefined, resource: 'admin', resolver: { function: 'resolver' } },
    ]);
    expect(manifest.resources).toEqual([
      { key: 'issue-panel', path: 'static/issue-panel/build' },
      { key: 'reports', path: 'static/reports/build' },
      { key: 'admin', path: 'static/admin/build' },
      { key: 'budget-field-edit', path: 'src/frontend/budget-field-edit/index.tsx' },
    ]);
    for (const resource of manifest.resources.filter((candidate) => candidate.path.startsWith('static/'))) expect(existsSync(join(ROOT, resource.path, 'index.html'))).toBe(true);
    expect(manifest.modules['jira:customField']?.[0]?.edit).toMatchObject({ resource: 'budget-field-edit', render: 'native' });
    expect(readFileSync(MANIFEST, 'utf8')).not.toContain('@forge/ui');
  });

  it('lists as subpages exactly the reports the reports app can open', () => {
    const routes = (type: string) => (manifest.modules[type]?.[0]?.pages as Array<{ route: string }>).map((page) => page.route);
    expect(routes('jira:projectPage').every((route) => (REPORTS as readonly string[]).includes(route))).toBe(true);
    expect(routes('jira:globalPage').every((route) => (REPORTS as readonly string[]).includes(route))).toBe(true);
    expect(routes('jira:projectPage')[0]).toBe(FIRST_REPORT.project);
    expect(routes('jira:globalPage')[0]).toBe(FIRST_REPORT.global);
    expect(manifest.modules['jira:globalPage']?.[0]?.key).toBe('mops-reports-all');
  });

  it('asks for exactly the Jira scopes of the operations the app calls, plus app storage', () => {
    const contract = new JiraContract();
    const operations = JIRA_OPERATIONS.map(({ method, path }) => contract.operationList().indexOf(`${method.toUpperCase()} ${path}`));
    expect(operations.every((index) => index >= 0)).toBe(true);
    const pinned = JSON.parse(readFileSync(join(ROOT, 'test/contract/jira/jira-platform-v3.subset.json'), 'utf8')) as { paths: Record<string, Record<string, { operationId: string }>> };
    const operationIds = JIRA_OPERATIONS.map(({ method, path }) => pinned.paths[path]?.[method]?.operationId ?? `${method} ${path}`);
    const jiraScopes = [...new Set(operationIds.flatMap((id) => contract.scopes(id)))].sort();
    expect(jiraScopes).toEqual(['read:jira-work', 'write:jira-work']);
    expect([...manifest.permissions.scopes].sort()).toEqual([...jiraScopes, 'storage:app'].sort());
  });

  it('describes the budget field as an object searchable by each part, formatted with the currency table Mops uses', () => {
    const field = z
      .object({ type: z.string(), schema: z.object({ properties: z.record(z.string(), z.object({ searchAlias: z.string().optional() })) }), formatter: z.object({ expression: z.string() }) })
      .parse(manifest.modules['jira:customField']?.[0]);
    expect(field.type).toBe('object');
    expect(Object.entries(field.schema.properties).map(([name, property]) => [name, property.searchAlias])).toEqual([
      ['planned', 'Planned'],
      ['committed', 'Committed'],
      ['actual', 'Actual'],
      ['currency', 'Currency'],
      ['category', 'Category'],
      ['vendor', 'Vendor'],
    ]);
    const listed = (digits: number) => [...MINOR_UNIT_DIGITS].filter(([, value]) => value === digits).map(([code]) => `'${code}'`).join(',');
    expect(field.formatter.expression).toContain(`[${listed(0)}].includes(value.currency) ? 1`);
    expect(field.formatter.expression).toContain(`[${listed(3)}].includes(value.currency) ? 1000`);
    expect(field.formatter.expression).toContain(`[${listed(4)}].includes(value.currency) ? 10000`);
  });

  it('lets people enter a budget in a UI Kit form on the issue and in the create dialog, which reaches the resolver', () => {
    const field = manifest.modules['jira:customField']?.[0];
    expect({ edit: field?.edit, resolver: field?.resolver }).toEqual({
      edit: { resource: 'budget-field-edit', render: 'native', isInline: true, experience: ['issue-view', 'issue-create'] },
      resolver: { function: 'resolver' },
    });
    expect(manifest.resources.find((resource) => resource.key === 'budget-field-edit')?.path).toBe('src/frontend/budget-field-edit/index.tsx');
    // Atlassian's schema lets any experience through one of its looser branches; hold it to the list it names.
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@forge/manifest/out/schema/manifest-schema.json'), 'utf8')) as unknown;
    const known = new Set(experienceEnums(schema).flat());
    expect(known.has('issue-create')).toBe(true);
    expect((field?.edit as { experience: string[] }).experience.filter((experience) => !known.has(experience))).toEqual([]);
  });

  it('accepts the value the edit form submits as the field schema describes it, and nothing looser', () => {
    const field = z.object({ schema: z.record(z.string(), z.unknown()) }).parse(manifest.modules['jira:customField']?.[0]);
    const valid = new Ajv({ strict: false }).compile(field.schema);
    const reader = { t: translatorFor('en'), locale: 'en' };
    const submitted = checkDraft({ planned: '48500', committed: '12000.00', actual: '3250.40', currency: 'PLN', category: 'events', vendor: 'StreamHall' }, DEFAULT_COST_CATEGORIES, reader);
    const inHouse = checkDraft({ planned: '1250.50', committed: '', actual: '', currency: 'EUR', category: 'people', vendor: '' }, DEFAULT_COST_CATEGORIES, reader);
    if (!submitted.ok || !inHouse.ok) throw new Error('the example drafts should be valid');
    expect([valid(submitted.value), valid(inHouse.value)]).toEqual([true, true]);
    expect(valid({ ...submitted.value, actual: -1 })).toBe(false);
    expect(valid({ ...submitted.value, currency: 'zł' })).toBe(false);
    expect(valid({ ...submitted.value, note: 'extra' })).toBe(false);
  });

  it('keeps the resolver names the UI calls', () => {
    expect(Object.keys(ResolverPayloads)).toEqual([
      'getIssuePanel',
      'linkDuplicate',
      'dismissDuplicate',
      'getCapacity',
      'getBudgetReport',
      'getDuplicatesReport',
      'getAdminSettings',
      'saveAdminSettings',
      'saveJiraSetup',
      'savePeople',
      'getBudgetFieldOptions',
      'saveTaskBudget',
    ]);
  });
});
