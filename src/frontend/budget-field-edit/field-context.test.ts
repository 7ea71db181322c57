import { currentFieldValue } from './field-context';

describe('currentFieldValue', () => {
  const budget = { planned: 125_050, committed: 0, actual: 0, currency: 'EUR', category: 'media' };

  it('reads the value Jira hands the edit entry point in its extension', () => {
    expect(currentFieldValue({ localId: 'x', extension: { type: 'jira:customField', renderContext: 'issue-view', fieldValue: budget } })).toEqual(budget);
  });

  it('also reads it at the top of the context, where the edit-mode guide shows it', () => {
    expect(currentFieldValue({ fieldValue: budget, extension: { type: 'jira:customField' } })).toEqual(budget);
  });

  it('reads an empty field, in the create dialog or on a new issue, as no value', () => {
    expect(currentFieldValue({ extension: { type: 'jira:customField', renderContext: 'issue-create', fieldValue: null } })).toBeUndefined();
    expect(currentFieldValue(undefined)).toBeUndefined();
    expect(currentFieldValue('not a context')).toBeUndefined();
  });
});
