import { DEFAULT_TEMPLATES } from '../../../core/templates';
import { FormMetadataResponse } from '../app-components/responses';
import { configFromValues, ruleActionForm, templateSummary } from './rule-action-form';

const urls = { onChange: 'https://mops.example.com/asana/app-components/rule-actions/apply-template/form/change', onSubmit: 'https://mops.example.com/asana/app-components/rule-actions/apply-template/form/submit' };

describe('ruleActionForm', () => {
  it('offers the matching template and each template by name, watched so a change re-renders the summary', () => {
    const form = ruleActionForm('apply-template', { kind: 'apply-template', template: 'webinar' }, DEFAULT_TEMPLATES, urls);
    expect(FormMetadataResponse.safeParse(form).success).toBe(true);
    const dropdown = form.metadata.fields.find((field) => field.id === 'template');
    expect(dropdown).toMatchObject({ type: 'dropdown', is_watched: true, value: 'webinar' });
    expect(dropdown && 'options' in dropdown ? dropdown.options.map((option) => option.id) : []).toEqual(['matching', 'email-campaign', 'product-launch', 'webinar']);
    expect(form.metadata.fields.at(-1)?.name).toBe(templateSummary('webinar', DEFAULT_TEMPLATES));
  });

  it('a duplicates check needs no choice, only says what it does', () => {
    const form = ruleActionForm('check-duplicates', { kind: 'check-duplicates' }, DEFAULT_TEMPLATES, urls);
    expect(form.metadata.fields.map((field) => field.type)).toEqual(['static_text', 'static_text']);
  });
});

describe('configFromValues', () => {
  it('keeps a known template and refuses an unknown one, naming those it knows', () => {
    expect(configFromValues('apply-template', { template: 'webinar' }, DEFAULT_TEMPLATES)).toEqual({ ok: true, config: { kind: 'apply-template', template: 'webinar' } });
    expect(configFromValues('apply-template', { template: 'podcast' }, DEFAULT_TEMPLATES)).toEqual({ ok: false, field: 'template', message: 'Choose "matching" or one of email-campaign, product-launch, webinar' });
  });
});
