import { z } from 'zod';
import { checkTaskTransition } from '../../../app/check-task-transition';
import { currentPlatform, MopsServices } from '../composition';
import { invocationInfo } from '../invocation-context';
import { gateMessage } from './gate-message';
import { StatusDirectory } from './status-directory';
import { errorMessage } from '../../shared/error-message';

const JiraId = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String);

/** What Jira passes a Forge workflow validator function. */
export const ValidatorArgs = z.looseObject({
  issue: z.looseObject({ key: z.string().min(1) }),
  transition: z.looseObject({
    from: z.looseObject({ id: JiraId }).optional(),
    to: z.looseObject({ id: JiraId }),
  }),
});

export interface ValidatorResult {
  result: boolean;
  errorMessage?: string;
}

/**
 * The `jira:workflowValidator` function: blocks a transition when the target status is behind a gate
 * of the issue's process template that is not met, and tells the person why. It acts as the app (Jira
 * cannot ask the person for consent mid-transition). Mops never blocks work because of its own trouble:
 * an unreadable call, a site not yet configured or a Jira outage lets the transition through, logged.
 * Jira calls: the issue (1), and the target status when it is not cached (1).
 * @example await handler({ issue: { key: 'WEB-12' }, transition: { from: { id: '3' }, to: { id: '10001' } } }, context)
 * // { result: false, errorMessage: 'Mops: this issue cannot move to “Done” yet. …' }
 */
export async function handler(args: unknown, context?: unknown): Promise<ValidatorResult> {
  const mops = new MopsServices(currentPlatform(), invocationInfo(context));
  const parsed = ValidatorArgs.safeParse(args);
  if (!parsed.success) {
    mops.log('warn', 'Template gate let a transition through: the call is not a workflow validator call', { problems: z.prettifyError(parsed.error) });
    return { result: true };
  }
  const { issue, transition } = parsed.data;
  try {
    const configuration = await mops.configuration();
    if ('missing' in configuration) {
      mops.log('warn', `Template gate let ${issue.key} through: Mops is not configured`, { missing: configuration.missing });
      return { result: true };
    }
    const app = mops.asApp(configuration);
    const to = await new StatusDirectory(app.http, mops.platform.kv).status(transition.to.id);
    const check = await checkTaskTransition(issue.key, { status: to.name, statusCategory: to.statusCategory }, { tracker: app.tracker, settings: configuration.settings });
    return check.allowed ? { result: true } : { result: false, errorMessage: gateMessage(to.name, check.reasons) };
  } catch (error) {
    mops.log('error', `Template gate let ${issue.key} through: the check failed`, { error: errorMessage(error) });
    return { result: true };
  }
}
