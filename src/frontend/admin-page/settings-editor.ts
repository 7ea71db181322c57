import { z } from 'zod';
import { AccountFieldHost } from '../../app/admin-people-form';
import { Person } from '../../core/capacity/calendar';
import { Settings, type SettingsInput } from '../../core/settings/settings';
import type { AdminSettingsView } from '../../hosts/jira/resolvers/views';
import type { Accepts } from '../shared/schema-fit';

/**
 * What the admin page reads from getAdminSettings and saveAdminSettings. The full answer is defined
 * beside the resolvers; that module also reaches Forge storage, so only its type comes into this
 * browser bundle, and the check below fails to compile if the two drift apart.
 */
export const AdminView = z.object({ settings: Settings.nullable(), people: z.array(Person), accountHosts: z.array(AccountFieldHost).default([]) });
export type AdminView = z.infer<typeof AdminView>;
export type AdminViewFits = Accepts<z.input<typeof AdminView>, AdminSettingsView>;

/**
 * A first settings document that the settings schema accepts: euro base, no rates, an overrun alert,
 * a Monday–Friday 8-hour week and no templates. Admins change it before they save it.
 */
export const STARTER_SETTINGS: SettingsInput = {
  baseCurrency: 'EUR',
  exchangeRates: { base: 'EUR', rates: [] },
  thresholds: [{ id: 'overrun', metric: 'actual', percentOfPlanned: 100 }],
  holidays: {},
  defaultCalendar: { timeZone: 'UTC', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0] },
  templates: [],
};

/**
 * The server's refusal as lines: zod messages come one per line, each naming the field and value.
 * @example refusalLines('templates.0.id: Duplicate template id "webinar"\nthresholds.1.metric: …') // ['templates.0.id: …', 'thresholds.1.metric: …']
 */
export function refusalLines(message: string): string[] {
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
