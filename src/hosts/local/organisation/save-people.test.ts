import { DEMO_PEOPLE } from '../../../demo/people';
import { databaseForThisFile, emptyDatabase, loadSmallOrganisation } from '../../../../test/support/local-database';
import { insertPersonAccounts, loadPeople } from './organisation-rows';
import { replacePeople } from './save-people';

const db = databaseForThisFile();

beforeEach(async () => {
  await emptyDatabase(db());
  await loadSmallOrganisation(db(), []);
});

const linked = (links: Record<string, string>) => DEMO_PEOPLE.map((person) => (links[person.id] === undefined ? person : { ...person, accounts: { asana: links[person.id]! } }));
const accountsOf = async () => (await loadPeople(db())).flatMap((person) => (person.accounts ? [[person.id, person.accounts]] : []));

describe('replacePeople and the people’s accounts in the trackers', () => {
  it('keeps Agnieszka Nowak’s Asana user and reads everyone else back unlinked, as stored before', async () => {
    await replacePeople(db(), linked({ 'p-agnieszka-nowak': '1201234567890123' }));
    expect(await accountsOf()).toEqual([['p-agnieszka-nowak', { asana: '1201234567890123' }]]);
    await replacePeople(db(), DEMO_PEOPLE);
    expect(await accountsOf()).toEqual([]);
  });

  it('moves an Asana user from Agnieszka to Oliver in one save', async () => {
    await replacePeople(db(), linked({ 'p-agnieszka-nowak': '1201234567890123', 'p-oliver-bennett': '1201234567890124' }));
    await replacePeople(db(), linked({ 'p-oliver-bennett': '1201234567890123' }));
    expect(await accountsOf()).toEqual([['p-oliver-bennett', { asana: '1201234567890123' }]]);
  });

  it('refuses one Asana user linked to two people, and an Asana user that is not a gid, changing nothing', async () => {
    const twice = linked({ 'p-agnieszka-nowak': '1201234567890123', 'p-oliver-bennett': '1201234567890123', 'p-sophie-turner': 'sophie@kestrel.example' });
    const at = (id: string) => twice.findIndex((person) => person.id === id);
    const refusal = replacePeople(db(), twice);
    await expect(refusal).rejects.toThrow(
      `people.${at('p-oliver-bennett')}.accounts.asana: asana account "1201234567890123" is already linked to people.${at('p-agnieszka-nowak')} (Agnieszka Nowak); link each asana account to one person`,
    );
    await expect(refusal).rejects.toThrow(`people.${at('p-sophie-turner')}.accounts.asana: asana account "sophie@kestrel.example" is not one: An Asana gid is a string of digits, e.g. "1209876500000042"`);
    expect(await accountsOf()).toEqual([]);
  });

  it('holds the same rules in the database for rows written around replacePeople', async () => {
    await insertPersonAccounts(db(), { id: 'p-agnieszka-nowak', accounts: { asana: '1201234567890123' } });
    await expect(insertPersonAccounts(db(), { id: 'p-oliver-bennett', accounts: { asana: '1201234567890123' } })).rejects.toThrow(/people_accounts_host_account_id_key/);
    await expect(insertPersonAccounts(db(), { id: 'p-oliver-bennett', accounts: { asana: 'oliver@kestrel.example' } })).rejects.toThrow(/people_accounts_check/);
    // Another host's ids are that host's business; only Asana's format is known here.
    await insertPersonAccounts(db(), { id: 'p-oliver-bennett', accounts: { wrike: 'oliver@kestrel.example' } });
    expect(await accountsOf()).toEqual([
      ['p-agnieszka-nowak', { asana: '1201234567890123' }],
      ['p-oliver-bennett', { wrike: 'oliver@kestrel.example' }],
    ]);
  });
});
