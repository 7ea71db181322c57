import fc from 'fast-check';
import { z } from 'zod';
import { People, peopleProblemOf, peopleSchema } from './people';

const calendar = { timeZone: 'Europe/Warsaw', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0], timeOff: [] };
const person = (id: string, name: string, accounts?: Record<string, string>) => ({ id, name, teamId: 'team-brand', roles: ['marketer'], calendar, ...(accounts ? { accounts } : {}) });
const problems = (result: { error?: z.ZodError }) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message, peopleProblemOf(issue)]);

describe('People: one list, each id and each host account used once', () => {
  it('takes Agnieszka and Oliver, each linked to an Asana user of their own, and Sophie linked to nobody', () => {
    const list = [person('p-agnieszka-nowak', 'Agnieszka Nowak', { asana: '1201' }), person('p-oliver-bennett', 'Oliver Bennett', { asana: '1202' }), person('p-sophie-turner', 'Sophie Turner')];
    expect(People.parse(list).map((each) => each.accounts?.asana)).toEqual(['1201', '1202', undefined]);
  });

  it('refuses Oliver taking Agnieszka’s Asana user, naming her, and a second "p-agnieszka-nowak"', () => {
    const list = [person('p-agnieszka-nowak', 'Agnieszka Nowak', { asana: '1201' }), person('p-oliver-bennett', 'Oliver Bennett', { asana: '1201' }), person('p-agnieszka-nowak', 'Agnieszka N.')];
    expect(problems(People.safeParse(list))).toEqual([
      ['1.accounts.asana', 'asana account "1201" is already linked to people.0 (Agnieszka Nowak); link each asana account to one person', { problem: 'account-taken', host: 'asana', value: '1201', takenBy: 0 }],
      ['2.id', 'Person id "p-agnieszka-nowak" is already used by people.0; give each person an id of their own', { problem: 'person-id-taken', value: 'p-agnieszka-nowak', takenBy: 0 }],
    ]);
  });

  it('lets one account id stand in two different hosts: an account belongs to its host', () => {
    const list = [person('p-agnieszka-nowak', 'Agnieszka Nowak', { asana: '1201' }), person('p-oliver-bennett', 'Oliver Bennett', { wrike: '1201' })];
    expect(People.safeParse(list).success).toBe(true);
  });

  it('checks an account against its host’s format only when given one, and still finds the taken one while another field is wrong', () => {
    const digits = z.string().regex(/^\d+$/, { message: 'digits only, e.g. "1201"' });
    const list = [
      { ...person('p-agnieszka-nowak', 'Agnieszka Nowak', { asana: '1201' }), roles: [] },
      person('p-oliver-bennett', 'Oliver Bennett', { asana: '1201' }),
      person('p-sophie-turner', 'Sophie Turner', { asana: 'sophie@kestrel.example' }),
    ];
    expect(People.safeParse(list.slice(2)).success).toBe(true);
    expect(problems(peopleSchema({ asana: digits }).safeParse(list))).toEqual([
      ['0.roles', 'A person needs at least one role or skill', undefined],
      ['1.accounts.asana', 'asana account "1201" is already linked to people.0 (Agnieszka Nowak); link each asana account to one person', { problem: 'account-taken', host: 'asana', value: '1201', takenBy: 0 }],
      ['2.accounts.asana', 'asana account "sophie@kestrel.example" is not one: digits only, e.g. "1201"', { problem: 'not-an-account-id', host: 'asana', value: 'sophie@kestrel.example' }],
    ]);
  });

  it('accepts a list exactly when no two people share an id or an account of one host', () => {
    const entry = fc.record({ id: fc.constantFrom('p-a', 'p-b', 'p-c', 'p-d'), account: fc.option(fc.constantFrom('1201', '1202', '1203'), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        const list = entries.map(({ id, account }) => person(id, id, account === undefined ? undefined : { asana: account }));
        const accounts = entries.flatMap(({ account }) => (account === undefined ? [] : [account]));
        const unique = new Set(entries.map(({ id }) => id)).size === entries.length && new Set(accounts).size === accounts.length;
        expect(People.safeParse(list).success).toBe(unique);
      }),
    );
  });
});
