import { DEFAULT_TEMPLATES } from './defaults';
import { aTask } from './fixtures';
import { matchTemplates, pickTemplate, templateSpecificity } from './match';
import { Template, type TemplateInput } from './schema';

const step = { id: 'brief', title: 'Brief', role: 'marketer', due: { workingDays: 5, relativeTo: 'due', direction: 'before' } } as const;
const template = (input: Partial<TemplateInput> & Pick<TemplateInput, 'id' | 'appliesTo'>): Template =>
  Template.parse({ name: input.id, version: 1, steps: [step], ...input });

describe('which templates apply to a task', () => {
  it('applies the webinar template to a task of type webinar, and to any task labelled webinar', () => {
    const byType = aTask({ id: 'web-12', type: 'webinar' });
    const byLabel = aTask({ id: 'mkt-40', type: 'task', labels: ['Q4', 'Webinar'] });
    expect(pickTemplate(byType, DEFAULT_TEMPLATES)?.id).toBe('webinar');
    expect(pickTemplate(byLabel, DEFAULT_TEMPLATES)?.id).toBe('webinar');
  });

  it('applies nothing to an ordinary task', () => {
    const task = aTask({ id: 'mkt-41', type: 'task', labels: ['q4'] });
    expect(matchTemplates(task, DEFAULT_TEMPLATES)).toEqual([]);
    expect(pickTemplate(task, DEFAULT_TEMPLATES)).toBeUndefined();
  });

  it('returns every match, with the task type outranking a label', () => {
    const launchWebinar = aTask({ id: 'web-13', type: 'webinar', labels: ['launch', 'email'] });
    expect(matchTemplates(launchWebinar, DEFAULT_TEMPLATES).map((match) => match.template.id)).toEqual(['webinar', 'email-campaign', 'product-launch']);
    expect(templateSpecificity(DEFAULT_TEMPLATES[0] as Template, launchWebinar)).toEqual({ criteria: 1, weight: 8, listedValues: 1 });
  });

  it('prefers a project-specific template over the general one', () => {
    const emeaWebinar = template({ id: 'emea-webinar', appliesTo: { projectIds: ['EMEA'], anyOf: [{ taskTypes: ['webinar'] }, { labels: ['webinar'] }] } });
    const templates = [...DEFAULT_TEMPLATES, emeaWebinar];
    expect(pickTemplate(aTask({ id: 'e-1', projectId: 'EMEA', type: 'webinar' }), templates)?.id).toBe('emea-webinar');
    expect(pickTemplate(aTask({ id: 'm-1', projectId: 'MKT', type: 'webinar' }), templates)?.id).toBe('webinar');
  });

  it('prefers the narrower list when the same kinds of criteria match', () => {
    const events = template({ id: 'any-event', appliesTo: { taskTypes: ['webinar', 'conference', 'meetup'] } });
    const webinars = template({ id: 'zz-webinar', appliesTo: { taskTypes: ['webinar'] } });
    expect(pickTemplate(aTask({ id: 'w-1', type: 'webinar' }), [events, webinars])?.id).toBe('zz-webinar');
  });

  it('breaks an exact tie by template id, whatever order the templates were stored in', () => {
    const b = template({ id: 'b-webinar', appliesTo: { taskTypes: ['webinar'] } });
    const a = template({ id: 'a-webinar', appliesTo: { taskTypes: ['webinar'] } });
    const task = aTask({ id: 'w-2', type: 'webinar' });
    expect(pickTemplate(task, [b, a])?.id).toBe('a-webinar');
    expect(pickTemplate(task, [a, b])?.id).toBe('a-webinar');
  });

  it('needs every criterion to hold and any value within one', () => {
    const social = template({ id: 'social', appliesTo: { projectIds: ['SOC'], components: ['LinkedIn', 'Instagram'] } });
    expect(pickTemplate(aTask({ id: 's-1', projectId: 'SOC', components: ['instagram'] }), [social])?.id).toBe('social');
    expect(pickTemplate(aTask({ id: 's-2', projectId: 'MKT', components: ['instagram'] }), [social])).toBeUndefined();
    expect(pickTemplate(aTask({ id: 's-3', projectId: 'SOC', components: ['tiktok'] }), [social])).toBeUndefined();
  });

  it('uses only the newest version when several are stored', () => {
    const v1 = template({ id: 'webinar', version: 1, appliesTo: { taskTypes: ['webinar'] } });
    const v2 = template({ id: 'webinar', version: 2, appliesTo: { taskTypes: ['webinar'] } });
    const matches = matchTemplates(aTask({ id: 'w-3', type: 'webinar' }), [v2, v1]);
    expect(matches.map((match) => [match.template.id, match.template.version])).toEqual([['webinar', 2]]);
  });

  it('never applies a template to a subtask created from a template step', () => {
    const subtask = aTask({ id: 'web-12-dry-run', parentId: 'web-12', type: 'webinar', templateStepId: 'dry-run' });
    expect(matchTemplates(subtask, DEFAULT_TEMPLATES)).toEqual([]);
  });
});
