import { token } from '@atlaskit/tokens';
import React, { useMemo, useState } from 'react';
import { type AccountFieldHost, type PersonForm, type TimeOffForm, weekMinutes } from '../../../src/app/admin-people-form';
import { problemsAt, type SettingsProblem } from '../../../src/app/admin-settings-form';
import { formatHours } from '../../../src/frontend/shared/format';
import type { Translate } from '../../../src/frontend/shared/messages';
import { EmptyNote } from '../../shared/states';
import { buttonStyle, lozengeStyle, styles } from '../../shared/styles';
import { Field, labelStyle } from './form-controls';
import { replaceAt } from './settings-tab-props';

export interface PeopleTabProps {
  people: readonly PersonForm[];
  edit: (change: (people: PersonForm[]) => PersonForm[], ...paths: string[]) => void;
  errors: (path: string) => string[];
  problems: readonly SettingsProblem[];
  /** Regions the organisation has public-holiday lists for. */
  regions: readonly string[];
  /** Hosts whose account of each person is linked here (the admin view's accountHosts): one field each; none in Jira. */
  accountHosts: readonly AccountFieldHost[];
  t: Translate;
  locale: string;
}

/** Monday … Sunday in the reader's language: 23 November 2026 is a Monday. */
function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2026, 10, 23 + day, 12))));
}

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

function PersonEditor({ person, index, edit, errors, regions, accountHosts, t, locale }: Omit<PeopleTabProps, 'people' | 'problems'> & { person: PersonForm; index: number }) {
  const at = `people.${index}.calendar`;
  const days = weekdayNames(locale);
  const set = (change: Partial<PersonForm>, ...paths: string[]) => edit((current) => replaceAt(current, index, { ...current[index]!, ...change }), ...paths);
  const setTimeOff = (position: number, change: Partial<TimeOffForm>, field: keyof TimeOffForm) =>
    set({ timeOff: replaceAt(person.timeOff, position, { ...person.timeOff[position]!, ...change }) }, `${at}.timeOff.${position}.${field}`, `${at}.timeOff.${position}`);
  const regionChoices = person.holidayRegion !== '' && !regions.includes(person.holidayRegion) ? [...regions, person.holidayRegion] : regions;

  return (
    <section aria-label={t('adminApp.people.editing', { name: person.name })} style={styles.card}>
      <h3 style={styles.heading}>{t('adminApp.people.editing', { name: person.name })}</h3>
      <div style={{ ...styles.row, alignItems: 'flex-start', gap: token('space.200') }}>
        <Field id={`person-${index}-zone`} label={t('adminApp.people.head.timeZone')} errors={errors(`${at}.timeZone`)}>
          {(control) => <input {...control} list="mops-time-zones" value={person.timeZone} size={22} autoComplete="off" onChange={(event) => set({ timeZone: event.target.value }, `${at}.timeZone`)} />}
        </Field>
        <Field id={`person-${index}-region`} label={t('adminApp.people.head.region')} errors={errors(`${at}.holidayRegion`)}>
          {(control) => (
            <select {...control} value={person.holidayRegion} onChange={(event) => set({ holidayRegion: event.target.value }, `${at}.holidayRegion`)}>
              <option value="">{t('adminApp.people.region.none')}</option>
              {regionChoices.map((region) => (
                <option key={region} value={region}>
                  {region}
                </option>
              ))}
            </select>
          )}
        </Field>
        {accountHosts.map((host) => (
          <Field key={host} id={`person-${index}-account-${host}`} label={t(`adminApp.people.account.${host}`)} help={t(`adminApp.people.account.${host}.help`)} errors={errors(`people.${index}.accounts.${host}`)}>
            {(control) => (
              <input
                {...control}
                value={person.accounts[host] ?? ''}
                inputMode="numeric"
                size={20}
                autoComplete="off"
                onChange={(event) => set({ accounts: { ...person.accounts, [host]: event.target.value } }, `people.${index}.accounts.${host}`)}
              />
            )}
          </Field>
        ))}
      </div>
      <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: token('space.050') }}>
        <legend style={labelStyle}>{t('adminApp.people.minutes')}</legend>
        <div style={{ ...styles.row, alignItems: 'flex-start' }}>
          {person.minutesPerWeekday.map((minutes, day) => (
            <Field key={day} id={`person-${index}-day-${day}`} label={days[day] ?? String(day)} errors={errors(`${at}.minutesPerWeekday.${day}`)}>
              {(control) => (
                <input {...control} value={minutes} inputMode="numeric" size={5} autoComplete="off" onChange={(event) => set({ minutesPerWeekday: replaceAt(person.minutesPerWeekday, day, event.target.value) }, `${at}.minutesPerWeekday.${day}`)} />
              )}
            </Field>
          ))}
          <span style={{ ...styles.subtle, alignSelf: 'flex-end' }}>{t('adminApp.people.weekTotal', { hours: formatHours(weekMinutes(person.minutesPerWeekday), locale) })}</span>
        </div>
      </fieldset>
      <h4 style={styles.heading}>{t('adminApp.people.head.timeOff')}</h4>
      {person.timeOff.length === 0 ? <EmptyNote>{t('adminApp.people.timeOff.none')}</EmptyNote> : null}
      {person.timeOff.map((range, position) => (
        <div key={position} style={{ ...styles.row, alignItems: 'flex-start' }} data-time-off={position}>
          <Field id={`person-${index}-off-${position}-start`} label={t('adminApp.people.timeOff.start')} errors={errors(`${at}.timeOff.${position}.start`)}>
            {(control) => <input {...control} type="date" value={range.start} onChange={(event) => setTimeOff(position, { start: event.target.value }, 'start')} />}
          </Field>
          <Field id={`person-${index}-off-${position}-end`} label={t('adminApp.people.timeOff.end')} errors={errors(`${at}.timeOff.${position}.end`)}>
            {(control) => <input {...control} type="date" value={range.end} onChange={(event) => setTimeOff(position, { end: event.target.value }, 'end')} />}
          </Field>
          <Field id={`person-${index}-off-${position}-reason`} label={t('adminApp.people.timeOff.reason')} errors={errors(`${at}.timeOff.${position}.reason`)}>
            {(control) => <input {...control} value={range.reason} size={24} onChange={(event) => setTimeOff(position, { reason: event.target.value }, 'reason')} />}
          </Field>
          <button type="button" style={{ ...buttonStyle('subtle', false), alignSelf: 'flex-end' }} onClick={() => set({ timeOff: person.timeOff.filter((_, each) => each !== position) })}>
            {t('adminApp.remove')}
          </button>
        </div>
      ))}
      <div>
        <button type="button" style={buttonStyle('default', false)} onClick={() => set({ timeOff: [...person.timeOff, { start: '', end: '', reason: '' }] })}>
          {t('adminApp.people.timeOff.add')}
        </button>
      </div>
    </section>
  );
}

/**
 * Everyone whose capacity Mops plans, with their working week, zone, holidays and time off; one
 * person's calendar is edited at a time, and all of them are saved together through savePeople.
 * @example <PeopleTab people={forms} edit={editPeople} errors={errors} problems={problems} regions={['PL', 'GB']} accountHosts={['asana']} t={t} locale="en" />
 */
export function PeopleTab(props: PeopleTabProps) {
  const { people, problems, t, locale } = props;
  const [open, setOpen] = useState<number | undefined>();
  const zones = useMemo(timeZones, []);
  const openPerson = open === undefined ? undefined : people[open];
  if (people.length === 0) return <EmptyNote>{t('adminApp.people.empty')}</EmptyNote>;
  return (
    <div style={styles.panel}>
      <span style={styles.subtle}>{t('adminApp.people.help')}</span>
      <datalist id="mops-time-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <table style={styles.table} aria-label={t('adminApp.tab.people')}>
        <thead>
          <tr>
            {(['name', 'week', 'timeZone', 'region', 'timeOff'] as const).map((key) => (
              <th key={key} scope="col" style={styles.headCell}>
                {t(`adminApp.people.head.${key}`)}
              </th>
            ))}
            <th scope="col" style={styles.headCell} aria-label={t('adminApp.edit')} />
          </tr>
        </thead>
        <tbody>
          {people.map((person, index) => {
            const count = problemsAt(problems, `people.${index}`).length;
            return (
              <React.Fragment key={person.id}>
              <tr data-person={person.id} aria-current={open === index ? 'true' : undefined}>
                <th scope="row" style={styles.cell}>
                  {person.name} {count > 0 ? <span style={lozengeStyle('removed')}>{t('adminApp.tab.toFix', { count })}</span> : null}
                </th>
                <td style={styles.cell}>{formatHours(weekMinutes(person.minutesPerWeekday), locale)}</td>
                <td style={styles.cell}>{person.timeZone}</td>
                <td style={styles.cell}>{person.holidayRegion || t('adminApp.people.region.none')}</td>
                <td style={styles.cell}>{person.timeOff.length}</td>
                <td style={styles.cell}>
                  <button type="button" style={buttonStyle(open === index ? 'primary' : 'default', false)} aria-label={`${t('adminApp.edit')} ${person.name}`} onClick={() => setOpen(open === index ? undefined : index)}>
                    {open === index ? t('adminApp.close') : t('adminApp.edit')}
                  </button>
                </td>
              </tr>
              {open === index && openPerson ? (
                <tr>
                  {/* Right under the person's row, so the list around it stays in view. */}
                  <td colSpan={6} style={styles.cell}>
                    <PersonEditor {...props} person={openPerson} index={index} />
                  </td>
                </tr>
              ) : null}
              </React.Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
