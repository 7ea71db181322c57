import { shiftDate } from '../core/dates/working-days';
import type { LocalDate } from '../core/dates/local-date';
import { DEMO_CAMPAIGNS } from './campaigns';
import { TEAM } from './people';
import { addTask, createdAtFor, type DemoContext, DEMO_TODAY } from './tasks';

/** Who answers for an in-house team's work; agency work answers to the campaign owner. */
const TEAM_LEADS: Readonly<Record<string, string>> = {
  [TEAM.brand]: 'p-agnieszka-nowak',
  [TEAM.growth]: 'p-oliver-bennett',
  [TEAM.events]: 'p-lena-schneider',
};

function windowStatus(from: LocalDate, to: LocalDate) {
  if (to < DEMO_TODAY) return { status: 'Done', statusCategory: 'done' } as const;
  if (from > DEMO_TODAY) return { status: 'To Do', statusCategory: 'todo' } as const;
  return { status: 'In Progress', statusCategory: 'in_progress' } as const;
}

/**
 * Adds the campaigns and their epics, and returns when each was created so their children can be
 * dated after them. Campaigns stay "In Progress" while invoices and reports are still coming in.
 * @example addCampaignTree(context).get('cmp-black-friday') // e.g. '2026-09-14T07:31:00Z'
 */
export function addCampaignTree(context: DemoContext): Map<string, string> {
  const created = new Map<string, string>();
  for (const campaign of DEMO_CAMPAIGNS) {
    const campaignCreated = createdAtFor(context.random, campaign.from, undefined, [20, 35]);
    created.set(campaign.id, campaignCreated);
    addTask(context, {
      id: campaign.id,
      title: campaign.title,
      description: campaign.description,
      projectId: campaign.projectId,
      teamId: campaign.teamId,
      type: 'campaign',
      labels: [...campaign.labels],
      status: 'In Progress',
      statusCategory: 'in_progress',
      ownerId: campaign.ownerId,
      createdAt: campaignCreated,
      startDate: campaign.from,
      dueDate: campaign.to,
    });
    for (const epic of campaign.epics) {
      const epicCreated = createdAtFor(context.random, shiftDate(campaign.from, 1), campaignCreated, [10, 18]);
      created.set(epic.id, epicCreated);
      addTask(context, {
        id: epic.id,
        title: epic.title,
        description: `${campaign.title}: ${epic.title}.`,
        projectId: campaign.projectId,
        teamId: epic.teamId,
        parentId: campaign.id,
        type: 'epic',
        labels: [...campaign.labels],
        ...windowStatus(epic.from, epic.to),
        ownerId: TEAM_LEADS[epic.teamId] ?? campaign.ownerId,
        createdAt: epicCreated,
        startDate: epic.from,
        dueDate: epic.to,
      });
    }
  }
  return created;
}
