import { OrganisationSnapshot } from '../core/org/snapshot';
import { DEMO_BACKLOGS, DEMO_CAMPAIGNS, DEMO_PORTFOLIOS, DEMO_PROJECTS } from './campaigns';
import { DEMO_HOLIDAYS } from './holidays';
import { DEMO_PEOPLE, DEMO_TEAMS } from './people';
import { addPlantedWork } from './planted';
import { createRandom } from './random';
import { demoSettings } from './settings';
import { addStream } from './streams';
import { addCampaignTree } from './structure';
import { addTemplateWork } from './template-work';
import { templateWorks } from './template-instances';
import { assignKeys, createContext } from './tasks';

export { DEMO_PLANTED } from './planted';
export { DEMO_TODAY } from './tasks';
export { CAMPAIGN, PROJECT } from './campaigns';
export { TEAM } from './people';

/**
 * A whole marketing organisation to run Mops against without Jira or Asana: three in-house teams
 * and two agencies, 25 people in Warsaw, Kraków, London, Berlin and Moscow, six campaigns and
 * about 400 tasks in English, Polish and Russian, as of DEMO_TODAY (Monday 2026-11-23). The same
 * seed always gives the same organisation, byte for byte; the planted problems (DEMO_PLANTED) are
 * there for every seed.
 * @example generateDemoOrganisation().tasks.length // 390-something
 * @example JSON.stringify(generateDemoOrganisation(7)) === JSON.stringify(generateDemoOrganisation(7)) // true
 */
export function generateDemoOrganisation(seed = 1): OrganisationSnapshot {
  const context = createContext(createRandom(seed), DEMO_PEOPLE, DEMO_HOLIDAYS);
  const created = addCampaignTree(context);
  const createdOf = (id: string): string => {
    const instant = created.get(id);
    if (instant === undefined) throw new Error(`Demo parent "${id}" was not created before its children`);
    return instant;
  };
  addPlantedWork(context, createdOf);
  for (const work of templateWorks(createdOf)) addTemplateWork(context, work);
  for (const campaign of DEMO_CAMPAIGNS) {
    for (const epic of campaign.epics) {
      addStream(context, epic, { projectId: campaign.projectId, parentId: epic.id, parentCreatedAt: createdOf(epic.id), profile: campaign.profile, labels: campaign.labels });
    }
  }
  for (const backlog of DEMO_BACKLOGS) {
    addStream(context, backlog, { projectId: backlog.projectId, profile: 'normal', labels: [] });
  }
  const tasks = assignKeys(context, new Map(DEMO_PROJECTS.map((project) => [project.id, project.key])));
  return OrganisationSnapshot.parse({
    name: 'Kestrel Software — Marketing',
    teams: DEMO_TEAMS,
    people: DEMO_PEOPLE,
    portfolios: DEMO_PORTFOLIOS,
    projects: DEMO_PROJECTS,
    tasks,
    settings: demoSettings(),
  });
}
