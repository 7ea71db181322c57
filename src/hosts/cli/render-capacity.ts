import type { CapacityReport } from '../../app/capacity-report';
import type { UnallocatedReason } from '../../core/capacity';
import type { OrganisationSnapshot } from '../../core/org/snapshot';
import { heading, hours, percent, textTable } from './text-table';

const REASON_LABELS: Record<UnallocatedReason, string> = {
  done: 'done',
  unassigned: 'unassigned',
  'unknown-assignee': 'assignee unknown to Mops',
  unestimated: 'unestimated',
  'nothing-remaining': 'no effort remaining',
  'effort-too-large': 'effort implausibly large',
  unscheduled: 'unscheduled (no due date)',
  'inverted-dates': 'start after due',
  'no-working-time': 'no working time between start and due',
};

export function renderCapacity(report: CapacityReport, organisation: OrganisationSnapshot): string[] {
  const { grid, doubleBookings } = report;
  const first = grid.weeks[0]?.start ?? grid.horizon.start;
  const lines = [...heading(`Capacity: ${grid.people.length} people × ${grid.weeks.length} weeks from ${first}`)];
  const { totals } = grid;
  lines.push(
    `Allocated ${hours(totals.allocatedInHorizonMinutes)} of ${hours(totals.availableInHorizonMinutes)} available ` +
      `(${percent(totals.availableInHorizonMinutes ? Math.floor((totals.allocatedInHorizonMinutes * 10000) / totals.availableInHorizonMinutes) : null)}); ` +
      `outside these weeks: ${hours(totals.beforeHorizonMinutes)} before, ${hours(totals.afterHorizonMinutes)} after.`,
  );

  const rows = [['Over-allocated person', 'week', 'allocated', 'available', 'utilisation']];
  for (const person of grid.people) {
    person.cells.forEach((cell, week) => {
      if (!cell.overAllocated) return;
      rows.push([person.name, grid.weeks[week]?.isoWeek ?? '', hours(cell.allocatedMinutes), hours(cell.availableMinutes), percent(cell.utilisationBasisPoints)]);
    });
  }
  lines.push('', ...(rows.length > 1 ? textTable(rows) : ['Nobody is over-allocated in these weeks.']));

  const names = new Map(organisation.people.map((person) => [person.id, person.name]));
  const keys = new Map(organisation.tasks.map((task) => [task.id, `${task.key} ${task.title}`]));
  if (doubleBookings.length > 0) lines.push('', 'Double bookings (overlapping tasks beyond the time available):');
  for (const booking of doubleBookings) {
    lines.push(`- ${names.get(booking.personId) ?? booking.personId}, ${booking.period.start}…${booking.period.end}: ${hours(booking.allocatedMinutes)} booked, ${hours(booking.availableMinutes)} available`);
    for (const task of booking.tasks) lines.push(`    ${hours(task.minutes).padStart(8)}  ${keys.get(task.taskId) ?? task.taskId}`);
  }

  const byReason = new Map<UnallocatedReason, number>();
  for (const task of grid.unallocated) byReason.set(task.reason, (byReason.get(task.reason) ?? 0) + 1);
  const open = [...byReason].filter(([reason]) => reason !== 'done');
  if (open.length > 0) {
    lines.push('', 'Work not on anyone’s calendar: ' + open.map(([reason, count]) => `${count} ${REASON_LABELS[reason]}`).join(' · '));
  }
  return lines;
}
