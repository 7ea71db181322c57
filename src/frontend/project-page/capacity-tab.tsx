import React, { useEffect, useState } from 'react';
import { Box, DynamicTable, Heading, Inline, Label, Lozenge, Select, Spinner, Stack, Text, Tooltip, xcss } from '@forge/react';
import { z } from 'zod';
import type { Translate } from '../shared/messages';
import { CapacityReportView } from '../shared/report-schemas';
import { EmptyNote, FailureState, LoadingState } from '../shared/states';
import { useResolver } from '../shared/use-resolver';
import { capacityTable, capacityTotals, doubleBookingRows, teamOptions, unallocatedSummary } from './capacity-view-model';

const WEEK_CHOICES = [4, 8, 12, 26] as const;
const SelectedOptions = z.array(z.object({ value: z.string() })).nullable();
const SelectedOption = z.object({ value: z.number().int() }).nullable();
const filterStyle = xcss({ minWidth: '240px' });

/**
 * People × weeks, with the team filter, double bookings and the work that is not on the plan.
 * @example <TabPanel><CapacityTab t={t} locale="ru-RU" /></TabPanel>
 */
export function CapacityTab({ t, locale }: { t: Translate; locale: string }) {
  const [weeks, setWeeks] = useState<number>(8);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [teams, setTeams] = useState<Array<{ label: string; value: string }>>([]);
  const { state, refreshing, reload } = useResolver('getCapacity', teamIds.length > 0 ? { weeks, teamIds } : { weeks }, CapacityReportView);

  // The filter's choices come from the unfiltered grid, so choosing one team never hides the others.
  useEffect(() => {
    if (state.status === 'loaded' && teamIds.length === 0) setTeams(teamOptions(state.data.grid));
  }, [state, teamIds.length]);

  const filters = (
    <Inline space="space.200" alignBlock="end" shouldWrap>
      <Box xcss={filterStyle}>
        <Label labelFor="mops-capacity-teams">{t('capacity.teams')}</Label>
        <Select
          inputId="mops-capacity-teams"
          isMulti
          isClearable
          placeholder={t('capacity.teams.placeholder')}
          options={teams}
          value={teams.filter((team) => teamIds.includes(team.value))}
          onChange={(value: unknown) => setTeamIds((SelectedOptions.safeParse(value).data ?? []).map((option) => option.value))}
        />
      </Box>
      <Box>
        <Label labelFor="mops-capacity-weeks">{t('capacity.weeks')}</Label>
        <Select
          inputId="mops-capacity-weeks"
          options={WEEK_CHOICES.map((count) => ({ label: String(count), value: count }))}
          value={{ label: String(weeks), value: weeks }}
          onChange={(value: unknown) => setWeeks(SelectedOption.safeParse(value).data?.value ?? 8)}
        />
      </Box>
      {refreshing ? <Spinner size="small" label={t('state.loading')} /> : null}
    </Inline>
  );

  if (state.status === 'loading') return <Stack space="space.200">{filters}<LoadingState t={t} /></Stack>;
  if (state.status === 'failed') return <Stack space="space.200">{filters}<FailureState failure={state} t={t} onRetry={reload} /></Stack>;

  const report = state.data;
  const table = capacityTable(report.grid, t, locale);
  const totals = capacityTotals(report.grid, t, locale);
  const bookings = doubleBookingRows(report, t, locale);
  const unallocated = unallocatedSummary(report.grid, t, locale);

  return (
    <Stack space="space.300">
      {filters}
      <Stack space="space.100">
        <Heading size="small">{t('capacity.title')}</Heading>
        <Text color="color.text.subtle">{totals.summary}</Text>
        {totals.outside ? <Text color="color.text.subtle">{totals.outside}</Text> : null}
        <DynamicTable
          label={t('capacity.title')}
          emptyView={<Text>{t('capacity.empty')}</Text>}
          head={{
            cells: [
              { key: 'person', content: t('capacity.head.person'), isSortable: true },
              { key: 'team', content: t('capacity.head.team'), isSortable: true },
              ...table.head.map((week) => ({ key: week.key, content: <Tooltip content={week.detail}><Text>{week.text}</Text></Tooltip> })),
            ],
          }}
          rows={table.rows.map((row) => ({
            key: row.key,
            cells: [
              { key: row.person, content: row.person },
              { key: row.team, content: row.team },
              ...row.cells.map((cell) => ({
                key: cell.key,
                content: (
                  <Tooltip content={cell.detail}>
                    {cell.over ? (
                      <Lozenge appearance="removed" isBold>
                        {cell.text}
                      </Lozenge>
                    ) : (
                      <Text>{cell.text}</Text>
                    )}
                  </Tooltip>
                ),
              })),
            ],
          }))}
        />
      </Stack>

      <Stack space="space.100">
        <Heading size="small">{t('capacity.doubleBookings.title')}</Heading>
        {bookings.length === 0 ? (
          <EmptyNote>{t('capacity.doubleBookings.none')}</EmptyNote>
        ) : (
          <DynamicTable
            label={t('capacity.doubleBookings.title')}
            head={{
              cells: [
                { key: 'person', content: t('capacity.doubleBookings.head.person') },
                { key: 'week', content: t('capacity.doubleBookings.head.week') },
                { key: 'booked', content: t('capacity.doubleBookings.head.booked') },
                { key: 'tasks', content: t('capacity.doubleBookings.head.tasks') },
              ],
            }}
            rows={bookings.map((booking) => ({
              key: booking.key,
              cells: [
                { key: 'person', content: booking.person },
                { key: 'week', content: booking.week },
                { key: 'booked', content: <Lozenge appearance="removed">{booking.booked}</Lozenge> },
                { key: 'tasks', content: <Stack space="space.050">{booking.tasks.map((task, index) => <Text key={index}>{task}</Text>)}</Stack> },
              ],
            }))}
          />
        )}
      </Stack>

      <Stack space="space.100">
        <Heading size="small">{t('capacity.unallocated.title')}</Heading>
        <Inline space="space.100">
          <Lozenge appearance={unallocated.unscheduled > 0 ? 'moved' : 'success'}>{t('capacity.unallocated.unscheduledCount', { count: unallocated.unscheduled })}</Lozenge>
          <Lozenge appearance={unallocated.unestimated > 0 ? 'moved' : 'success'}>{t('capacity.unallocated.unestimatedCount', { count: unallocated.unestimated })}</Lozenge>
        </Inline>
        {unallocated.rows.length === 0 ? (
          <EmptyNote>{t('capacity.unallocated.none')}</EmptyNote>
        ) : (
          <DynamicTable
            label={t('capacity.unallocated.title')}
            head={{
              cells: [
                { key: 'reason', content: t('capacity.unallocated.head.reason') },
                { key: 'count', content: t('capacity.unallocated.head.count') },
                { key: 'effort', content: t('capacity.unallocated.head.effort') },
              ],
            }}
            rows={unallocated.rows.map((row) => ({
              key: row.key,
              cells: [
                { key: 'reason', content: row.reason },
                { key: 'count', content: row.count },
                { key: 'effort', content: row.effort },
              ],
            }))}
          />
        )}
      </Stack>
    </Stack>
  );
}
