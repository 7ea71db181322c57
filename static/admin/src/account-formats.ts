import type { z } from 'zod';
import type { AccountFieldHost } from '../../../src/app/admin-people-form';
import type { AccountIdFormats } from '../../../src/core/capacity/people';
import { AsanaUserGid } from '../../../src/hosts/asana/workspace/asana-user-links';

/** Each host's own account-id format, as that host checks it where it reads the link. */
const FORMATS: Record<AccountFieldHost, z.ZodType<string>> = { asana: AsanaUserGid };

/**
 * The formats the people form checks accounts against: those of the hosts the admin view says are on.
 * @example accountFormats(['asana']) // { asana: AsanaUserGid }
 */
export function accountFormats(hosts: readonly AccountFieldHost[]): AccountIdFormats {
  return Object.fromEntries(hosts.map((host) => [host, FORMATS[host]]));
}
