import { z } from 'zod';
import { Person } from './calendar';

/** Each host's own format for its account ids, by host name; a host not named here accepts any AccountId. */
export type AccountIdFormats = Readonly<Record<string, z.ZodType<string>>>;

/**
 * What a people-list problem is, carried in the zod issue's params so a page can word it in the
 * reader's language: `value` is what was given, `takenBy` the index of the person who has it first.
 */
export const PeopleProblem = z.discriminatedUnion('problem', [
  z.object({ problem: z.literal('person-id-taken'), value: z.string(), takenBy: z.number().int() }),
  z.object({ problem: z.literal('account-taken'), host: z.string(), value: z.string(), takenBy: z.number().int() }),
  z.object({ problem: z.literal('not-an-account-id'), host: z.string(), value: z.string() }),
]);
export type PeopleProblem = z.infer<typeof PeopleProblem>;

/** Only what the list-wide rules read, so they still run when some other field of a person is wrong. */
const PersonKeys = z.object({ id: z.string(), name: z.string().optional(), accounts: z.record(z.string(), z.string()).optional() });

/**
 * The people of an organisation as one list: every person valid, each id used once, and each host
 * account linked to at most one person (otherwise whose calendar that account's tasks land on would be
 * a guess). Accounts of a host named in `formats` must also match that host's format. Problems name
 * the person by index, e.g. path [3, 'accounts', 'asana'], and carry a PeopleProblem in `params`.
 * @example peopleSchema({ asana: Gid }).safeParse([{ ...ana, accounts: { asana: '1201' } }, { ...oliver, accounts: { asana: '1201' } }])
 * // error at [1, 'accounts', 'asana']: 'asana account "1201" is already linked to people.0 (Ana Kowalska); link each asana account to one person'
 */
export function peopleSchema(formats: AccountIdFormats = {}) {
  return z.array(Person).superRefine(
    (list, ctx) => {
      const idFirst = new Map<string, number>();
      const accountFirst = new Map<string, number>();
      (list as unknown[]).forEach((entry, index) => {
        const keys = PersonKeys.safeParse(entry);
        if (!keys.success) return;
        const { id, accounts = {} } = keys.data;
        const first = idFirst.get(id);
        if (first === undefined) idFirst.set(id, index);
        else {
          const params: PeopleProblem = { problem: 'person-id-taken', value: id, takenBy: first };
          ctx.addIssue({ code: 'custom', path: [index, 'id'], params, message: `Person id "${id}" is already used by people.${first}; give each person an id of their own` });
        }
        for (const [host, value] of Object.entries(accounts).sort(([a], [b]) => a.localeCompare(b))) {
          const format = formats[host]?.safeParse(value);
          if (format && !format.success) {
            const params: PeopleProblem = { problem: 'not-an-account-id', host, value };
            ctx.addIssue({ code: 'custom', path: [index, 'accounts', host], params, message: `${host} account "${value}" is not one: ${format.error.issues[0]?.message ?? 'the host refuses it'}` });
          }
          // JSON keeps the pair apart whatever characters either holds.
          const key = JSON.stringify([host, value]);
          const taken = accountFirst.get(key);
          if (taken === undefined) {
            accountFirst.set(key, index);
            continue;
          }
          const holder = PersonKeys.safeParse(list[taken]).data?.name;
          const params: PeopleProblem = { problem: 'account-taken', host, value, takenBy: taken };
          ctx.addIssue({
            code: 'custom',
            path: [index, 'accounts', host],
            params,
            message: `${host} account "${value}" is already linked to people.${taken}${holder ? ` (${holder})` : ''}; link each ${host} account to one person`,
          });
        }
      });
    },
    // Run even when a person fails elsewhere, so every problem of the list shows at once.
    { when: (payload) => Array.isArray(payload.value) },
  );
}

/** The people list with no host formats: unique ids and one person per host account. */
export const People = peopleSchema();
export type People = z.infer<typeof People>;

/**
 * The PeopleProblem a zod issue carries, if it is one of the list's own.
 * @example peopleProblemOf(issue) // { problem: 'account-taken', host: 'asana', value: '1201', takenBy: 0 }
 */
export function peopleProblemOf(issue: z.core.$ZodIssue): PeopleProblem | undefined {
  if (issue.code !== 'custom') return undefined;
  const parsed = PeopleProblem.safeParse(issue.params);
  return parsed.success ? parsed.data : undefined;
}
