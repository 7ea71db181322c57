import { differenceInCalendarDays, parseISO } from 'date-fns';
import { shiftDate } from '../core/dates/working-days';
import { budgetLineFor } from './budget';
import type { BudgetProfile, WorkStream } from './campaigns';
import { PHRASE_BANKS, type PhraseBank } from './phrases';
import { shuffled } from './random';
import { addTask, addWeekdays, assignWithin, createdAtFor, type DemoContext, onWeekday, remainingFor, statusFor } from './tasks';

/** Work written in Russian or Polish goes to the people of that region; English work to anyone. */
const BANK_REGION: Partial<Record<PhraseBank, string>> = {
  eventsRu: 'RU',
  emailRu: 'RU',
  partnersRu: 'RU',
  designPl: 'PL',
  copyPl: 'PL',
  videoPl: 'PL',
  socialPl: 'PL',
};

/** Where a stream's tasks hang: the project, the parent (epic) if any, and the money story they follow. */
export interface StreamPlacement {
  projectId: string;
  parentId?: string;
  /** Creation instant of the parent, so children are never older than it. */
  parentCreatedAt?: string;
  profile: BudgetProfile;
  labels: string[];
}

/**
 * Adds a stream's everyday tasks: distinct phrases from its bank, dated inside the stream's window,
 * assigned to whoever in the team has the skill and the room, with a budget where the work costs money.
 * @example addStream(context, DEMO_CAMPAIGNS[0].epics[0], { projectId: 'prj-growth', parentId: 'epic-bf-media', profile: 'overrun', labels: [] })
 */
export function addStream(context: DemoContext, stream: WorkStream, placement: StreamPlacement): void {
  const { random } = context;
  const bank = PHRASE_BANKS[stream.bank];
  if (stream.count > bank.length) throw new Error(`Stream ${stream.id} wants ${stream.count} tasks but bank ${stream.bank} has ${bank.length} phrases`);
  const region = BANK_REGION[stream.bank];
  const options = { anyoneInTeam: true, ...(region === undefined ? {} : { region }) };
  const span = differenceInCalendarDays(parseISO(stream.to), parseISO(stream.from));
  for (const [role, title, description, cost] of shuffled(random, bank).slice(0, stream.count)) {
    const start = onWeekday(shiftDate(stream.from, random.int(0, Math.max(0, span - 10))));
    const days = random.int(1, 8);
    const due = addWeekdays(start, days - 1);
    let estimate = days * random.int(3, 9) * 30;
    let assignee = assignWithin(context, stream.teamId, role, start, due, estimate, options);
    if (assignee === undefined) {
      estimate = Math.max(60, Math.round(estimate / 2 / 30) * 30);
      assignee = assignWithin(context, stream.teamId, role, start, due, estimate, options);
    }
    const status = statusFor(random, start, due);
    const budget = cost && budgetLineFor(random, placement.profile, status.statusCategory, stream.currency, cost[0], random.int(cost[1], cost[2]), stream.teamId);
    addTask(context, {
      title: title.replace('{topic}', stream.topic),
      description: description.replace('{topic}', stream.topic),
      projectId: placement.projectId,
      teamId: stream.teamId,
      ...(placement.parentId === undefined ? {} : { parentId: placement.parentId }),
      type: 'task',
      labels: [...placement.labels],
      ...status,
      ...(assignee === undefined ? {} : { assigneeId: assignee.id }),
      createdAt: createdAtFor(random, start, placement.parentCreatedAt),
      startDate: start,
      dueDate: due,
      estimateMinutes: estimate,
      remainingMinutes: remainingFor(random, status.statusCategory, estimate),
      ...(budget ? { budget } : {}),
    });
  }
}
