import { Person } from './calendar';

const stored = {
  id: 'p-agnieszka-nowak',
  name: 'Agnieszka Nowak',
  teamId: 'team-brand',
  roles: ['marketer'],
  calendar: { timeZone: 'Europe/Warsaw', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0], holidayRegion: 'PL', timeOff: [] },
};

describe('Person and their Asana user', () => {
  it('reads a person stored before Asana users could be linked, and one linked to an Asana user', () => {
    expect(Person.parse(stored).asanaUserGid).toBeUndefined();
    expect(Person.parse({ ...stored, asanaUserGid: '1201234567890123' }).asanaUserGid).toBe('1201234567890123');
  });

  it('refuses an Asana user ID that is not a gid, naming the value', () => {
    const parsed = Person.safeParse({ ...stored, asanaUserGid: 'agnieszka@kestrel.example' });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['asanaUserGid', 'Asana user ID "agnieszka@kestrel.example" is not an Asana gid; expected digits only, e.g. "1201234567890123"'],
    ]);
  });
});
