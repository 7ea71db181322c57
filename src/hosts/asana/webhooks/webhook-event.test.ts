import { AsanaWebhookEvent, eventKey, inCreatedOrder } from './webhook-event';

const added = AsanaWebhookEvent.parse({
  action: 'added',
  created_at: '2026-11-23T09:00:00.203Z',
  resource: { gid: '1209876500000042', resource_type: 'task', resource_subtype: 'default_task' },
  parent: { gid: '1208000000000007', resource_type: 'project' },
  user: { gid: '1201234500000001', resource_type: 'user' },
});

describe('eventKey', () => {
  it('is the same for a re-delivered event, even with a name added, and differs for another project', () => {
    const redelivered = { ...added, resource: { ...added.resource, name: 'Spring webinar' } };
    const elsewhere = { ...added, parent: { gid: '1208000000000099', resource_type: 'project' } };
    expect(eventKey(redelivered)).toBe(eventKey(added));
    expect(eventKey(elsewhere)).not.toBe(eventKey(added));
  });

  it('tells apart two assignee changes at the same instant by their new value', () => {
    const to = (gid: string) => ({ ...added, action: 'changed' as const, parent: null, change: { field: 'assignee', action: 'changed' as const, new_value: { gid, resource_type: 'user' } } });
    expect(eventKey(to('1'))).not.toBe(eventKey(to('2')));
  });
});

describe('inCreatedOrder', () => {
  it('puts events in the order they happened and keeps Asana’s order for equal instants', () => {
    const later = { ...added, created_at: '2026-11-23T09:00:01.000Z' };
    const sameAsLater = { ...later, action: 'changed' as const };
    expect(inCreatedOrder([later, sameAsLater, added])).toEqual([added, later, sameAsLater]);
  });
});
