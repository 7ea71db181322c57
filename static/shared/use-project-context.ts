import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { z } from 'zod';

const ProjectExtension = z.object({
  project: z.object({ id: z.union([z.string(), z.number()]).transform(String), key: z.string().optional() }),
});

export interface ProjectContext {
  /** False until the host's context has arrived (or failed to). */
  known: boolean;
  projectId?: string;
  projectKey?: string;
}

/**
 * The project a jira:projectPage frame is mounted for, from `view.getContext()`'s extension.
 * @example const { projectId, projectKey } = useProjectContext(); // 'prj-growth', 'GRW' in the local host
 */
export function useProjectContext(): ProjectContext {
  const [context, setContext] = useState<ProjectContext>({ known: false });
  useEffect(() => {
    let current = true;
    view.getContext().then(
      (answer) => {
        const project = ProjectExtension.safeParse(answer.extension).data?.project;
        if (current) setContext({ known: true, ...(project ? { projectId: project.id, ...(project.key ? { projectKey: project.key } : {}) } : {}) });
      },
      () => current && setContext({ known: true }),
    );
    return () => {
      current = false;
    };
  }, []);
  return context;
}
