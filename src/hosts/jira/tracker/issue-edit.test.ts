import { issueEditOf } from './issue-edit';
import { JiraFieldMap } from './field-map';

const fieldMap = JiraFieldMap.parse({
  budgetField: 'customfield_10050',
  kpiField: { id: 'customfield_10060', kind: 'rich-text' },
  textFields: { channel: 'customfield_10070' },
});

describe('issueEditOf', () => {
  it('adds labels and components with update operations and sets fields through their configured ids', () => {
    const { edit, problems } = issueEditOf(
      {
        addLabels: ['webinar', 'partners'],
        addComponents: ['Events'],
        fields: { channel: 'email', kpi: '300 registrations' },
        budget: { planned: 0, committed: 0, actual: 0, currency: 'EUR', category: 'events' },
      },
      fieldMap,
      '10042',
    );
    expect(problems).toEqual([]);
    expect(edit).toEqual({
      fields: {
        customfield_10070: 'email',
        customfield_10060: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '300 registrations' }] }] },
        customfield_10050: { planned: 0, committed: 0, actual: 0, currency: 'EUR', category: 'events' },
      },
      update: {
        labels: [{ add: 'webinar' }, { add: 'partners' }],
        components: [{ add: { name: 'Events' } }],
      },
    });
  });

  it('leaves out a field with no Jira field configured and a label Jira would refuse, saying why', () => {
    const { edit, problems } = issueEditOf({ addLabels: ['spring launch'], fields: { audience: 'partners' } }, fieldMap, '10042');
    expect(edit).toBeUndefined();
    expect(problems).toEqual([
      { issue: '10042', field: 'labels', message: 'Label "spring launch" not added: Jira labels cannot contain spaces or be empty' },
      { issue: '10042', field: 'fields.audience', message: 'No Jira field is configured for "fields.audience" (configured: kpi, channel); value "partners" not written' },
    ]);
  });

  it('has nothing to send for an empty change', () => {
    expect(issueEditOf({}, fieldMap, '10042')).toEqual({ problems: [] });
  });
});
