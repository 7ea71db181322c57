import { parseTemplate } from '../schema';
import { DEFAULT_TEMPLATES, defaultTemplate } from './index';
import emailCampaign from './email-campaign.json';
import productLaunch from './product-launch.json';
import webinar from './webinar.json';

describe('default marketing templates', () => {
  it.each([
    ['webinar.json', webinar],
    ['email-campaign.json', emailCampaign],
    ['product-launch.json', productLaunch],
  ])('%s parses with no errors', (_file, json) => {
    expect(parseTemplate(json)).toMatchObject({ ok: true });
  });

  it('ships webinar, email campaign and product launch under the ids the demo data uses', () => {
    expect(DEFAULT_TEMPLATES.map((template) => [template.id, template.version])).toEqual([
      ['webinar', 1],
      ['email-campaign', 1],
      ['product-launch', 1],
    ]);
  });

  it('matches on the task types and labels the demo data uses', () => {
    expect(defaultTemplate('webinar').appliesTo.anyOf).toEqual([{ taskTypes: ['webinar'] }, { labels: ['webinar'] }]);
    expect(defaultTemplate('email-campaign').appliesTo.anyOf).toEqual([{ taskTypes: ['email-campaign'] }, { labels: ['email'] }]);
    expect(defaultTemplate('product-launch').appliesTo.anyOf).toEqual([{ taskTypes: ['product-launch'] }, { labels: ['launch'] }]);
  });

  it.each(DEFAULT_TEMPLATES.map((template) => [template.id, template] as const))('%s requires budget, due date, owner and KPI', (_id, template) => {
    const required = template.requiredFields.map((field) => `${field.field} ${field.rule}`);
    expect(required).toEqual(expect.arrayContaining(['budget.planned positive', 'dueDate set', 'ownerId set', 'fields.kpi set']));
  });

  it.each(DEFAULT_TEMPLATES.map((template) => [template.id, template] as const))(
    '%s has 6 to 9 steps, a field gate before work starts and a done gate with steps',
    (_id, template) => {
      expect(template.steps.length).toBeGreaterThanOrEqual(6);
      expect(template.steps.length).toBeLessThanOrEqual(9);
      expect(template.gates).toContainEqual({ toStatusCategory: 'in_progress', requiredSteps: [], requiredFields: true });
      const done = template.gates.find((gate) => gate.toStatusCategory === 'done');
      expect(done?.requiredSteps.length).toBeGreaterThan(0);
    },
  );

  it('keeps webinar results work behind the done gate', () => {
    const done = defaultTemplate('webinar').gates.find((gate) => gate.toStatusCategory === 'done');
    expect(done?.requiredSteps).toEqual(['dry-run', 'follow-up-email', 'results-report']);
  });
});
