import type { Person } from '../../../core/capacity/calendar';

/** Which Mops person an Asana user is, and back: from the people an admin linked to their Asana user. */
export interface AsanaUserLinks {
  /** The Mops person id of an Asana user's gid; undefined when nobody is linked to them. */
  personOf(userGid: string): string | undefined;
  /** The Asana user's gid of a Mops person id; undefined when the person is not linked. */
  userOf(personId: string): string | undefined;
}

/** Nobody linked: every Asana user stays their gid. */
export const NO_ASANA_USER_LINKS: AsanaUserLinks = { personOf: () => undefined, userOf: () => undefined };

/**
 * The links the people carry (`asanaUserGid`). Should two people name the same Asana user (the admin
 * page refuses to save that), the first keeps it, so the answer never depends on a hash order.
 * @example asanaUserLinks([{ ...ana, id: 'p-ana-kowalska', asanaUserGid: '1201' }]).personOf('1201') // 'p-ana-kowalska'
 */
export function asanaUserLinks(people: readonly Pick<Person, 'id' | 'asanaUserGid'>[]): AsanaUserLinks {
  const personByUser = new Map<string, string>();
  const userByPerson = new Map<string, string>();
  for (const person of people) {
    if (person.asanaUserGid === undefined || personByUser.has(person.asanaUserGid)) continue;
    personByUser.set(person.asanaUserGid, person.id);
    userByPerson.set(person.id, person.asanaUserGid);
  }
  return { personOf: (userGid) => personByUser.get(userGid), userOf: (personId) => userByPerson.get(personId) };
}
