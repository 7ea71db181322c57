import { DEFAULT_TEMPLATES } from '../../../core/templates';
import { templateFieldNames, textFieldsByName } from './template-text-fields';

describe('template text fields', () => {
  it('names every template field the default templates require or set', () => {
    expect(templateFieldNames(DEFAULT_TEMPLATES)).toEqual(expect.arrayContaining(['kpi', 'channel']));
  });

  it('maps a template field to the workspace text field of the same name in any case, never to a number field', () => {
    const fields = [
      { gid: '1205000000000001', name: 'KPI', resource_subtype: 'text' },
      { gid: '1205000000000002', name: 'Channel', resource_subtype: 'number' },
    ];
    expect(textFieldsByName(['kpi', 'channel'], fields)).toEqual({ kpi: '1205000000000001' });
  });
});
