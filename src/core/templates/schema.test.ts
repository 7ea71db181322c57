import { parseTemplate, Template, templateFromJson, templateSchema, type TemplateInput } from './schema';

const webinarLite: TemplateInput = {
  id: 'webinar-lite',
  name: 'Webinar (lite)',
  version: 1,
  appliesTo: { taskTypes: ['webinar'] },
  requiredFields: [{ field: 'fields.kpi', rule: 'set', label: 'KPI/goal' }],
  steps: [
    { id: 'landing-page', title: 'Landing page live', role: 'designer', due: { workingDays: 10, relativeTo: 'due', direction: 'before' } },
    { id: 'dry-run', title: 'Dry run with speakers', role: 'marketer', due: { workingDays: 1, relativeTo: 'due', direction: 'before' } },
  ],
  gates: [{ toStatusCategory: 'done', requiredSteps: ['dry-run'] }],
};

function errorsOf(input: unknown): string[] {
  const result = parseTemplate(input);
  if (result.ok) throw new Error('expected the template to be refused');
  return result.errors;
}

describe('template schema', () => {
  it('accepts a well-formed template and fills in the defaults', () => {
    const result = parseTemplate(webinarLite);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.template.gates[0]).toEqual({ toStatusCategory: 'done', requiredSteps: ['dry-run'], requiredFields: false });
    expect(result.template.fieldDefaults).toEqual({});
  });

  it('names the duplicate step id and where it was first used', () => {
    const steps = webinarLite.steps ?? [];
    const duplicated = { ...webinarLite, steps: [...steps, { ...steps[0], title: 'Landing page again' }] };
    expect(errorsOf(duplicated)).toEqual(['steps[2].id: Duplicate step id "landing-page" (already used by steps[0]); step ids must be unique']);
  });

  it('names a gate step that does not exist and lists the steps that do', () => {
    const gated = { ...webinarLite, gates: [{ toStatusCategory: 'done', requiredSteps: ['dry-run', 'follow-up-email'] }] };
    expect(errorsOf(gated)).toEqual([
      'gates[0].requiredSteps[1]: Gate requires step "follow-up-email", which this template does not have; known steps: landing-page, dry-run',
    ]);
  });

  it('refuses an unknown rule and says which rules exist', () => {
    const input = { ...webinarLite, requiredFields: [{ field: 'fields.kpi', rule: 'nonempty', label: 'KPI/goal' }] };
    expect(errorsOf(input)).toEqual(['requiredFields[0].rule: Unknown rule "nonempty"; expected one of: set, positive, before-due']);
  });

  it('refuses a rule that cannot check the field it is put on', () => {
    const input = { ...webinarLite, requiredFields: [{ field: 'dueDate', rule: 'positive', label: 'due date' }] };
    expect(errorsOf(input)).toEqual([
      'requiredFields[0].rule: Rule "positive" cannot check "dueDate"; it applies to a number field (estimateMinutes, budget.planned, budget.committed, budget.actual) or a custom field fields.<name>',
    ]);
  });

  it('refuses a field path that names nothing on a task', () => {
    const [message] = errorsOf({ ...webinarLite, requiredFields: [{ field: 'budget.plan', rule: 'positive', label: 'planned budget' }] });
    expect(message).toMatch(/^requiredFields\[0\]\.field: Unknown field "budget\.plan"; expected one of dueDate, startDate, .*budget\.planned.* or a custom field such as "fields\.kpi"$/);
  });

  it('catches a typo in a key instead of silently ignoring it', () => {
    const steps = webinarLite.steps ?? [];
    const input = { ...webinarLite, steps: [{ ...steps[0], titel: 'Landing page' }, steps[1]] };
    expect(errorsOf(input)).toEqual(['steps[0]: Unknown key "titel"; expected: id, title, role, due, estimateMinutes']);
  });

  it('reports cross-reference mistakes together with other mistakes in one pass', () => {
    const steps = webinarLite.steps ?? [];
    const input = {
      ...webinarLite,
      version: 0,
      steps: [steps[0], { ...steps[0], role: 'Designer' }],
      gates: [{ toStatus: 'Live', requiredSteps: ['rehearsal'] }],
    };
    expect(errorsOf(input)).toEqual([
      'version: version must be a positive whole number, e.g. 1',
      'steps[1].role: Role "Designer" must be lower-case letters, digits and "-", e.g. "designer"',
      'steps[1].id: Duplicate step id "landing-page" (already used by steps[0]); step ids must be unique',
      'gates[0].requiredSteps[0]: Gate requires step "rehearsal", which this template does not have; known steps: landing-page',
    ]);
  });

  it('needs a gate to say which status it guards', () => {
    expect(errorsOf({ ...webinarLite, gates: [{ requiredSteps: ['dry-run'] }] })).toEqual([
      'gates[0]: A gate needs toStatus (a status name) or toStatusCategory ("in_progress" or "done")',
    ]);
  });

  it('refuses a template that would apply to every task, and an empty criterion list', () => {
    expect(errorsOf({ ...webinarLite, appliesTo: {} })).toEqual([
      'appliesTo: appliesTo needs at least one criterion (projectIds, taskTypes, labels, components) or an anyOf list; a template that applies to every task is almost always a mistake',
    ]);
    expect(errorsOf({ ...webinarLite, appliesTo: { anyOf: [{ taskTypes: [] }] } })).toEqual([
      'appliesTo.anyOf[0].taskTypes: List at least one of the task types, or leave the criterion out (an empty list would match no task)',
    ]);
  });

  it('flags the same requirement listed twice', () => {
    const kpi = { field: 'fields.kpi', rule: 'set', label: 'KPI/goal' } as const;
    expect(errorsOf({ ...webinarLite, requiredFields: [kpi, { ...kpi, label: 'goal' }] })).toEqual([
      'requiredFields[1]: "fields.kpi" with rule "set" is already required by requiredFields[0]',
    ]);
  });

  it('checks the budget default against the organisation’s cost categories', () => {
    const input = { ...webinarLite, fieldDefaults: { budget: { category: 'webinars' } } };
    expect(Template.safeParse(input).success).toBe(true);
    expect(errorsOf(input)).toEqual([
      'fieldDefaults.budget.category: Unknown cost category "webinars"; expected one of: media, agency, production, stock-assets, tools-licences, events, people, other',
    ]);
    expect(templateSchema([{ id: 'webinars', label: 'Webinars' }]).safeParse(input).success).toBe(true);
  });

  it('explains JSON that does not parse at all', () => {
    const result = templateFromJson('{"id": "webinar",}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^\(template\): Not valid JSON: /);
  });
});
