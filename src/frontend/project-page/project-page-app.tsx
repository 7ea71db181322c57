import React from 'react';
import { Heading, Stack, Tab, TabList, TabPanel, Tabs, useProductContext } from '@forge/react';
import { z } from 'zod';
import { useReaderLocale } from '../shared/use-locale';
import { BudgetTab } from './budget-tab';
import { CapacityTab } from './capacity-tab';

const ProjectExtension = z.object({ project: z.object({ id: z.union([z.string(), z.number()]).transform(String) }) });

/**
 * Mops on a Jira project page: capacity across projects, and the project's campaign budgets.
 * @example ForgeReconciler.render(<ProjectPageApp />);
 */
export function ProjectPageApp() {
  const { t, locale } = useReaderLocale();
  const projectId = ProjectExtension.safeParse(useProductContext()?.extension).data?.project.id;
  return (
    <Stack space="space.200">
      <Heading size="medium">Mops</Heading>
      <Tabs id="mops-project-page">
        <TabList>
          <Tab>{t('project.tab.capacity')}</Tab>
          <Tab>{t('project.tab.budget')}</Tab>
        </TabList>
        <TabPanel>
          <CapacityTab t={t} locale={locale} />
        </TabPanel>
        <TabPanel>
          <BudgetTab t={t} locale={locale} projectId={projectId} />
        </TabPanel>
      </Tabs>
    </Stack>
  );
}
