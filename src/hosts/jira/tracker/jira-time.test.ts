import { jiraInstant } from './jira-time';

describe('jiraInstant', () => {
  it("puts the colon into Jira's offset, keeping the local time and offset as Jira gave them", () => {
    expect(jiraInstant('2026-11-23T09:30:00.000+0000')).toBe('2026-11-23T09:30:00.000+00:00');
    expect(jiraInstant('2026-11-20T11:45:00.000-0500')).toBe('2026-11-20T11:45:00.000-05:00');
  });

  it('accepts offsets that already have a colon, and Z', () => {
    expect(jiraInstant('2026-11-23T09:30:00+01:00')).toBe('2026-11-23T09:30:00+01:00');
    expect(jiraInstant('2026-11-23T09:30:00.5Z')).toBe('2026-11-23T09:30:00.5Z');
  });

  it('refuses dates without a time or zone, and impossible times', () => {
    expect(jiraInstant('2026-11-23')).toBeUndefined();
    expect(jiraInstant('2026-11-23T09:30:00.000')).toBeUndefined();
    expect(jiraInstant('2026-11-23T25:30:00.000+0000')).toBeUndefined();
    expect(jiraInstant(1795305600000)).toBeUndefined();
  });
});
