import { Person } from './calendar';

const stored = {
  id: 'p-agnieszka-nowak',
  name: 'Agnieszka Nowak',
  teamId: 'team-brand',
  roles: ['marketer'],
  calendar: { timeZone: 'Europe/Warsaw', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0], holidayRegion: 'PL', timeOff: [] },
};

describe('Person and their accounts in the trackers', () => {
  it('reads a person stored before accounts could be linked, and one linked to an account in a host', () => {
    expect(Person.parse(stored).accounts).toBeUndefined();
    expect(Person.parse({ ...stored, accounts: { asana: '1201234567890123' } }).accounts).toEqual({ asana: '1201234567890123' });
  });

  it('leaves the account id’s format to its host but refuses spaces and host names that are not names', () => {
    // An e-mail address is some host's account id; only the host can tell it is not its own.
    expect(Person.safeParse({ ...stored, accounts: { wrike: 'agnieszka@kestrel.example' } }).success).toBe(true);
    const parsed = Person.safeParse({ ...stored, accounts: { Asana: '1201', asana: '1201 2345' } });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['accounts.Asana', 'Account host "Asana" is not a host name; expected lower-case letters, digits or "-", e.g. "asana"'],
      ['accounts.asana', 'Account id "1201 2345" contains spaces; expected the id as the host shows it, e.g. "1201234567890123"'],
    ]);
  });
});
