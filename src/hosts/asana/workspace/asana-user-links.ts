import type { Person } from '../../../core/capacity/calendar';
import { Gid } from '../api/responses';

/** The key of a person's Asana user in Person.accounts. */
export const ASANA_ACCOUNT_HOST = 'asana';

/** An Asana user's gid as linked to a Mops person: the people list checks it with this (peopleSchema({ asana: AsanaUserGid })). */
export const AsanaUserGid = Gid;

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
 * The Asana users the people are linked to (`accounts.asana`). The stores accept each Asana user for
 * one person only and in gid form (the people list's schema, the database's constraints), so a second
 * person or a malformed gid here means the people were not saved through them: that is an error, named,
 * rather than a guess at whose tasks these are.
 * @example asanaUserLinks([{ id: 'p-ana-kowalska', accounts: { asana: '1201' } }]).personOf('1201') // 'p-ana-kowalska'
 */
export function asanaUserLinks(people: readonly Pick<Person, 'id' | 'accounts'>[]): AsanaUserLinks {
  const personByUser = new Map<string, string>();
  const userByPerson = new Map<string, string>();
  for (const person of people) {
    const linked = person.accounts?.[ASANA_ACCOUNT_HOST];
    if (linked === undefined) continue;
    const gid = AsanaUserGid.safeParse(linked);
    if (!gid.success) throw new Error(`Person "${person.id}" is linked to Asana user "${linked}", which is not an Asana user's gid: ${gid.error.issues[0]?.message ?? 'digits only'}`);
    const other = personByUser.get(gid.data);
    if (other !== undefined) throw new Error(`Asana user ${gid.data} is linked to both "${other}" and "${person.id}"; link each Asana user to one person on the admin page`);
    personByUser.set(gid.data, person.id);
    userByPerson.set(person.id, gid.data);
  }
  return { personOf: (userGid) => personByUser.get(userGid), userOf: (personId) => userByPerson.get(personId) };
}
