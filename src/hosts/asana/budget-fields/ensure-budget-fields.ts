import type { CostCategory } from '../../../core/budget/categories';
import { type CurrencyCode, minorUnitDigits } from '../../../core/money/currency';
import type { AsanaHttp } from '../api/asana-http';
import { CUSTOM_FIELD_FIELDS, FIELD_SETTING_FIELDS, optFields } from '../api/opt-fields';
import { AsanaCustomFieldDefinition, AsanaCustomFieldSetting, AsanaEnumOption, dataOf } from '../api/responses';
import { type AsanaBudgetFields, BUDGET_AMOUNTS, budgetFieldName, CATEGORY_FIELD_NAME } from './budget-field-set';

export interface BudgetFieldTarget {
  workspaceGid: string;
  /** The project whose tasks get the fields (Asana shows a custom field on a task through its project). */
  projectGid: string;
  currency: CurrencyCode;
  categories: readonly CostCategory[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Every custom field defined in the workspace, a page at a time.
 * @example const fields = await workspaceFields(http, '1200000000000001')
 */
export async function workspaceFields(http: AsanaHttp, workspaceGid: string): Promise<AsanaCustomFieldDefinition[]> {
  const fields: AsanaCustomFieldDefinition[] = [];
  for await (const page of http.pages({
    path: '/workspaces/{workspace_gid}/custom_fields',
    pathParams: { workspace_gid: workspaceGid },
    query: { opt_fields: optFields(CUSTOM_FIELD_FIELDS) },
    subject: `custom fields of workspace ${workspaceGid}`,
    item: AsanaCustomFieldDefinition,
  })) {
    fields.push(...page);
  }
  return fields;
}

function checkAmountField(field: AsanaCustomFieldDefinition, currency: CurrencyCode): void {
  const kind = field.resource_subtype ?? field.type;
  if (kind !== 'number' || field.format !== 'currency' || field.currency_code !== currency) {
    throw new Error(
      `Asana custom field "${field.name}" (${field.gid}) is a ${kind ?? 'field of unknown kind'} with format ${field.format ?? 'none'} and currency ${field.currency_code ?? 'none'}; ` +
        `Mops needs a number field formatted as currency ${currency}. Rename that field or delete it so Mops can create its own`,
    );
  }
}

async function createField(http: AsanaHttp, data: Record<string, unknown>, subject: string): Promise<AsanaCustomFieldDefinition> {
  const answer = await http.request({
    method: 'POST',
    path: '/custom_fields',
    query: { opt_fields: optFields(CUSTOM_FIELD_FIELDS) },
    body: { data },
    subject,
    schema: dataOf(AsanaCustomFieldDefinition),
  });
  return answer.data;
}

async function amountField(http: AsanaHttp, existing: readonly AsanaCustomFieldDefinition[], target: BudgetFieldTarget, amount: (typeof BUDGET_AMOUNTS)[number]): Promise<string> {
  const name = budgetFieldName(amount, target.currency);
  const found = existing.find((field) => sameName(field.name, name));
  if (found) {
    checkAmountField(found, target.currency);
    return found.gid;
  }
  const created = await createField(
    http,
    { workspace: target.workspaceGid, name, resource_subtype: 'number', format: 'currency', currency_code: target.currency, precision: minorUnitDigits(target.currency) },
    `the custom field "${name}"`,
  );
  return created.gid;
}

async function categoryField(http: AsanaHttp, existing: readonly AsanaCustomFieldDefinition[], target: BudgetFieldTarget): Promise<AsanaBudgetFields['category']> {
  const found = existing.find((field) => sameName(field.name, CATEGORY_FIELD_NAME));
  if (found && (found.resource_subtype ?? found.type) !== 'enum') {
    throw new Error(`Asana custom field "${found.name}" (${found.gid}) is a ${found.resource_subtype ?? found.type ?? 'field of unknown kind'}; Mops needs an enum of cost categories under that name`);
  }
  const field =
    found ??
    (await createField(
      http,
      { workspace: target.workspaceGid, name: CATEGORY_FIELD_NAME, resource_subtype: 'enum', enum_options: target.categories.map((category) => ({ name: category.label })) },
      `the custom field "${CATEGORY_FIELD_NAME}"`,
    ));
  const options: Record<string, string> = {};
  for (const category of target.categories) {
    const option = (field.enum_options ?? []).find((candidate) => sameName(candidate.name, category.label));
    if (option) {
      options[category.id] = option.gid;
      continue;
    }
    // A category added in Mops after the field was made: Asana appends the option at the end.
    const added = await http.request({
      method: 'POST',
      path: '/custom_fields/{custom_field_gid}/enum_options',
      pathParams: { custom_field_gid: field.gid },
      query: { opt_fields: 'name' },
      body: { data: { name: category.label } },
      subject: `the option "${category.label}" of custom field ${field.gid}`,
      schema: dataOf(AsanaEnumOption),
    });
    options[category.id] = added.data.gid;
  }
  return { gid: field.gid, options };
}

async function addToProject(http: AsanaHttp, projectGid: string, fieldGids: readonly string[]): Promise<void> {
  const onProject = new Set<string>();
  for await (const page of http.pages({
    path: '/projects/{project_gid}/custom_field_settings',
    pathParams: { project_gid: projectGid },
    query: { opt_fields: optFields(FIELD_SETTING_FIELDS) },
    subject: `custom field settings of project ${projectGid}`,
    item: AsanaCustomFieldSetting,
  })) {
    for (const setting of page) onProject.add(setting.custom_field.gid);
  }
  for (const gid of fieldGids) {
    if (onProject.has(gid)) continue;
    await http.request({
      method: 'POST',
      path: '/projects/{project_gid}/addCustomFieldSetting',
      pathParams: { project_gid: projectGid },
      query: { opt_fields: optFields(FIELD_SETTING_FIELDS) },
      body: { data: { custom_field: gid, is_important: true } },
      subject: `custom field ${gid} on project ${projectGid}`,
      schema: dataOf(AsanaCustomFieldSetting),
    });
  }
}

/**
 * Makes sure the workspace has Mops' budget fields for a currency — "Mops planned (EUR)", "Mops
 * committed (EUR)", "Mops actual (EUR)" as currency-formatted number fields with the currency's
 * precision, and the "Mops cost category" enum with an option per category — and that the project
 * shows them. Fields are found by name and created only when absent, missing category options are
 * added, and a field of that name but another kind is an error rather than silently reused. Idempotent:
 * a second run makes two reads (workspace fields, project settings) and no writes.
 * @example const eurFields = await ensureBudgetFields(http, { workspaceGid, projectGid, currency: 'EUR', categories: DEFAULT_COST_CATEGORIES })
 */
export async function ensureBudgetFields(http: AsanaHttp, target: BudgetFieldTarget): Promise<AsanaBudgetFields> {
  const existing = await workspaceFields(http, target.workspaceGid);
  const planned = await amountField(http, existing, target, 'planned');
  const committed = await amountField(http, existing, target, 'committed');
  const actual = await amountField(http, existing, target, 'actual');
  const category = await categoryField(http, existing, target);
  await addToProject(http, target.projectGid, [planned, committed, actual, category.gid]);
  return { currency: target.currency, planned, committed, actual, category };
}
