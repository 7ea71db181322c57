import { DEMO_PEOPLE } from '../../../demo/people';
import { databaseForThisFile, emptyDatabase, loadSmallOrganisation } from '../../../../test/support/local-database';
import { loadPeople } from './organisation-rows';
import { replacePeople } from './save-people';

const db = databaseForThisFile();

beforeEach(async () => {
  await emptyDatabase(db());
  await loadSmallOrganisation(db(), []);
});

const linked = (gid: string, id: string) => DEMO_PEOPLE.map((person) => (person.id === id ? { ...person, asanaUserGid: gid } : person));

describe('replacePeople and the people’s Asana users', () => {
  it('keeps Agnieszka Nowak’s Asana user and reads everyone else back unlinked, as stored before', async () => {
    await replacePeople(db(), linked('1201234567890123', 'p-agnieszka-nowak'));
    const people = await loadPeople(db());
    expect(people.find((person) => person.id === 'p-agnieszka-nowak')?.asanaUserGid).toBe('1201234567890123');
    expect(people.filter((person) => person.asanaUserGid !== undefined)).toHaveLength(1);
    await replacePeople(db(), DEMO_PEOPLE);
    expect((await loadPeople(db())).some((person) => person.asanaUserGid !== undefined)).toBe(false);
  });

  it('refuses one Asana user linked to two people, changing nothing', async () => {
    const twice = linked('1201234567890123', 'p-agnieszka-nowak').map((person) => (person.id === 'p-oliver-bennett' ? { ...person, asanaUserGid: '1201234567890123' } : person));
    const oliver = twice.findIndex((person) => person.id === 'p-oliver-bennett');
    const agnieszka = twice.findIndex((person) => person.id === 'p-agnieszka-nowak');
    await expect(replacePeople(db(), twice)).rejects.toThrow(`people.${oliver}.asanaUserGid: Asana user 1201234567890123 is already linked to people.${agnieszka}; link each Asana user to one person`);
    expect((await loadPeople(db())).some((person) => person.asanaUserGid !== undefined)).toBe(false);
  });
});
