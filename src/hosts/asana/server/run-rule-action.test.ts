import { DEFAULT_TEMPLATES } from '../../../core/templates';
import { templatesForRule } from './run-rule-action';

describe('templatesForRule', () => {
  it('keeps the settings’ own matching for "matching", none for a duplicates check, and the named one for any task', () => {
    expect(templatesForRule({ kind: 'apply-template', template: 'matching' }, DEFAULT_TEMPLATES)).toBeUndefined();
    expect(templatesForRule({ kind: 'check-duplicates' }, DEFAULT_TEMPLATES)).toEqual([]);
    const [chosen] = templatesForRule({ kind: 'apply-template', template: 'webinar' }, DEFAULT_TEMPLATES) ?? [];
    expect([chosen?.id, chosen?.appliesTo]).toEqual(['webinar', {}]);
  });

  it('says which rule to edit when its template is gone from the settings', () => {
    expect(() => templatesForRule({ kind: 'apply-template', template: 'podcast' }, DEFAULT_TEMPLATES)).toThrow('The rule action names template "podcast", which the settings no longer have; edit the rule and choose another');
  });
});
