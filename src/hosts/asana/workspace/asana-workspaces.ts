import type { Clock } from '../../../app/ports/clock';
import type { Person } from '../../../core/capacity/calendar';
import type { Settings } from '../../../core/settings/settings';
import { AsanaHttp, type AsanaHttpOptions } from '../api/asana-http';
import { ASANA_API_URL, officialAsanaTransport } from '../api/asana-transport';
import type { AsanaLog } from '../asana-log';
import { type AsanaBudgetFields, type BudgetAmountName, budgetFieldName, CATEGORY_FIELD_NAME } from '../budget-fields/budget-field-set';
import type { AsanaCustomFieldDefinition } from '../api/responses';
import type { CostCategory } from '../../../core/budget/categories';
import type { CurrencyCode } from '../../../core/money/currency';
import { ensureBudgetFields, workspaceFields } from '../budget-fields/ensure-budget-fields';
import type { AsanaTaskStateStore } from '../ports/asana-stores';
import type { Secret } from '../secrets/secret';
import type { AsanaSubscription } from '../stores/sql-asana-subscriptions';
import { AsanaTracker } from '../tracker/asana-tracker';
import { AsanaTrackerSettings } from '../tracker/settings';
import { NamespacedAsanaTracker } from './namespaced-tracker';
import { type AsanaProjectSummary, workspaceProjects } from '../subscribe/asana-webhooks-api';
import { templateFieldNames, textFieldsByName } from './template-text-fields';
import { estimateFieldOf } from './estimate-field';
import { asanaUserLinks } from './asana-user-links';
import { errorMessage } from '../../shared/error-message';

/** Asana's production REST API. */

/** The team that owns a project. */
export interface ProjectTeam {
  gid: string;
  name?: string;
}

function teamsByProject(projects: readonly AsanaProjectSummary[]): Map<string, ProjectTeam> {
  return new Map(projects.flatMap((project) => (project.team ? [[project.gid, { gid: project.team.gid, ...(project.team.name ? { name: project.team.name } : {}) }] as const] : [])));
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Mops' budget fields of the currency when all four already exist with the right kinds; undefined otherwise. */
function existingBudgetFields(definitions: readonly AsanaCustomFieldDefinition[], currency: CurrencyCode, categories: readonly CostCategory[]): AsanaBudgetFields | undefined {
  const amount = (name: BudgetAmountName) => {
    const field = definitions.find((candidate) => sameName(candidate.name, budgetFieldName(name, currency)));
    return field && (field.resource_subtype ?? field.type) === 'number' && field.format === 'currency' && field.currency_code === currency ? field.gid : undefined;
  };
  const [planned, committed, actual] = [amount('planned'), amount('committed'), amount('actual')];
  const category = definitions.find((candidate) => sameName(candidate.name, CATEGORY_FIELD_NAME) && (candidate.resource_subtype ?? candidate.type) === 'enum');
  if (planned === undefined || committed === undefined || actual === undefined || !category) return undefined;
  const options: Record<string, string> = {};
  for (const each of categories) {
    const option = (category.enum_options ?? []).find((candidate) => sameName(candidate.name, each.label));
    if (option) options[each.id] = option.gid;
  }
  return { currency, planned, committed, actual, category: { gid: category.gid, options } };
}

/** The custom fields Mops uses in one workspace, found (or created) once per process. */
interface WorkspaceFields {
  budgetFields: AsanaBudgetFields[];
  textFields: Record<string, string>;
  /** Asana's "Estimated time" (minutes), when the workspace has one. */
  estimateField?: string;
}

export interface AsanaWorkspacesDeps {
  /** Asana's REST base; a loopback fake in tests. */
  apiBaseUrl: string;
  /** The workspace connection's token (refreshed when near expiry). */
  tokens: { forWorkspace(workspaceGid: string): Promise<Secret> };
  subscriptions: { list(workspaceGid?: string): Promise<AsanaSubscription[]> };
  states: AsanaTaskStateStore;
  /** Mops' settings: base currency, cost categories, templates. */
  mopsSettings(): Promise<Settings>;
  /** Mops' people: those linked to an Asana user (accounts.asana) are who that user's tasks belong to. Nobody is linked without it. */
  mopsPeople?(): Promise<readonly Person[]>;
  clock: Clock;
  log: AsanaLog;
  /** Retry pacing for every Asana client made here (tests make waits instant). */
  http?: AsanaHttpOptions;
}

/**
 * How the app server reaches each connected Asana workspace: a fresh counted client per unit of work,
 * acting as the workspace's connection (automation) or as a given token (a person), with the tracker
 * settings derived from what Mops knows — the subscribed projects, Mops' budget fields in the base
 * currency, the text fields named like template fields and Asana's "Estimated time" — and the people
 * linked to Asana users (read per tracker, so a link saved on the admin page counts at once). Those fields are looked up once per process
 * per workspace, on a client of their own, so the hot path's call count holds only the work itself.
 * @example const tracker = await workspaces.appTracker('1200000000000001'); await onTaskCreated('asana:1209…', { tracker, … })
 */
export class AsanaWorkspaces {
  private readonly fields = new Map<string, Promise<WorkspaceFields>>();
  /** Fields found without preparing them, for viewers' reports before any project was prepared this process. */
  private readonly existingFields = new Map<string, Promise<WorkspaceFields>>();
  private readonly projectTeams = new Map<string, Promise<ReadonlyMap<string, ProjectTeam>>>();

  constructor(private readonly deps: AsanaWorkspacesDeps) {}

  /** A counted client acting as `accessToken`. */
  httpAs(accessToken: Secret): AsanaHttp {
    const transport = officialAsanaTransport({ baseUrl: this.deps.apiBaseUrl, accessToken: accessToken.reveal(), timeoutMs: 30_000 });
    return new AsanaHttp(transport, { now: () => this.deps.clock.now(), ...this.deps.http });
  }

  /** A counted client acting as the workspace's connection. */
  async appHttp(workspaceGid: string): Promise<AsanaHttp> {
    return this.httpAs(await this.deps.tokens.forWorkspace(workspaceGid));
  }

  /** The tracker acting as the workspace's connection: what automation uses. */
  async appTracker(workspaceGid: string): Promise<NamespacedAsanaTracker> {
    return this.trackerOver(workspaceGid, await this.appHttp(workspaceGid));
  }

  /**
   * The tracker acting through `http`. With `readOnly` (a viewer's report page) Mops' fields are only
   * looked up, never created or added to a project: a page load must not write to Asana.
   */
  async trackerOver(workspaceGid: string, http: AsanaHttp, options: { readOnly?: boolean } = {}): Promise<NamespacedAsanaTracker> {
    const [projects, fields, settings, teams, people] = await Promise.all([
      this.projectsOf(workspaceGid),
      options.readOnly ? this.existingFieldsOf(workspaceGid) : this.fieldsOf(workspaceGid),
      this.deps.mopsSettings(),
      this.teamsOf(workspaceGid),
      this.deps.mopsPeople?.() ?? Promise.resolve([]),
    ]);
    const trackerSettings = AsanaTrackerSettings.parse({
      workspaceGid,
      projectGids: projects,
      budgetFields: fields.budgetFields,
      textFields: fields.textFields,
      ...(fields.estimateField === undefined ? {} : { estimateField: fields.estimateField }),
    });
    const tracker = new AsanaTracker(http, trackerSettings, this.deps.states, {
      costCategories: settings.costCategories,
      now: () => this.deps.clock.now(),
      onProblem: (problem) => this.deps.log('warn', 'Asana value worked around', { task: problem.task, field: problem.field, problem: problem.message }),
    });
    return new NamespacedAsanaTracker(tracker, { teamOfProject: (projectGid) => teams.get(projectGid)?.gid, people: asanaUserLinks(people), usersSeen: () => tracker.usersSeen() });
  }

  /**
   * The team owning each project of the workspace (gid and name), from one listing per process, or from
   * the listing the subscribe flow just made (`rememberProjects`). Empty (and asked again next time) when
   * Asana cannot list them.
   */
  teamsOf(workspaceGid: string): Promise<ReadonlyMap<string, ProjectTeam>> {
    let known = this.projectTeams.get(workspaceGid);
    if (!known) {
      // Teams only sharpen the duplicate rules: without them the automation still runs, and the next tracker asks again.
      known = this.appHttp(workspaceGid)
        .then(async (http) => teamsByProject(await workspaceProjects(http, workspaceGid)))
        .catch((error: unknown) => {
          this.projectTeams.delete(workspaceGid);
          this.deps.log('warn', 'Asana projects’ teams not read; tasks go without a team for now', { workspaceGid, error: errorMessage(error) });
          return new Map<string, ProjectTeam>();
        });
      this.projectTeams.set(workspaceGid, known);
    }
    return known;
  }

  /** Keeps the teams of a fresh project listing, so no tracker has to list the projects again. */
  rememberProjects(workspaceGid: string, projects: readonly AsanaProjectSummary[]): void {
    this.projectTeams.set(workspaceGid, Promise.resolve(teamsByProject(projects)));
  }

  /** Forgets the listing, e.g. when a project was added to a team: the next tracker lists them again. */
  forgetProjects(workspaceGid: string): void {
    this.projectTeams.delete(workspaceGid);
  }

  /** The subscribed projects of a workspace. */
  async projectsOf(workspaceGid: string): Promise<string[]> {
    return (await this.deps.subscriptions.list(workspaceGid)).filter((subscription) => subscription.kind === 'project').map((subscription) => subscription.projectGid);
  }

  /**
   * Puts Mops' budget fields (base currency) on a project, creating them in the workspace when absent,
   * and remembers the workspace's fields. Called when a project is subscribed.
   */
  async prepareProject(workspaceGid: string, projectGid: string): Promise<void> {
    const prepared = this.lookUpFields(workspaceGid, projectGid);
    this.fields.set(workspaceGid, prepared);
    await prepared.catch((error: unknown) => {
      this.fields.delete(workspaceGid);
      throw error;
    });
  }

  private fieldsOf(workspaceGid: string): Promise<WorkspaceFields> {
    let known = this.fields.get(workspaceGid);
    if (!known) {
      known = this.projectsOf(workspaceGid).then((projects) => (projects[0] === undefined ? { budgetFields: [], textFields: {} } : this.lookUpFields(workspaceGid, projects[0])));
      known.catch(() => this.fields.delete(workspaceGid));
      this.fields.set(workspaceGid, known);
    }
    return known;
  }

  /** The fields as prepared when known; otherwise found by name without creating any (remembered apart, so the automation still prepares them). */
  private existingFieldsOf(workspaceGid: string): Promise<WorkspaceFields> {
    const prepared = this.fields.get(workspaceGid);
    if (prepared) return prepared;
    let known = this.existingFields.get(workspaceGid);
    if (!known) {
      known = this.findFields(workspaceGid);
      known.catch(() => this.existingFields.delete(workspaceGid));
      this.existingFields.set(workspaceGid, known);
    }
    return known;
  }

  private async findFields(workspaceGid: string): Promise<WorkspaceFields> {
    const http = await this.appHttp(workspaceGid);
    const settings = await this.deps.mopsSettings();
    const definitions = await workspaceFields(http, workspaceGid);
    const budget = existingBudgetFields(definitions, settings.baseCurrency, settings.costCategories);
    const estimateField = estimateFieldOf(definitions);
    return { budgetFields: budget ? [budget] : [], textFields: textFieldsByName(templateFieldNames(settings.templates), definitions), ...(estimateField === undefined ? {} : { estimateField }) };
  }

  private async lookUpFields(workspaceGid: string, projectGid: string): Promise<WorkspaceFields> {
    const http = await this.appHttp(workspaceGid);
    const settings = await this.deps.mopsSettings();
    const budget = await ensureBudgetFields(http, { workspaceGid, projectGid, currency: settings.baseCurrency, categories: settings.costCategories });
    const definitions = await workspaceFields(http, workspaceGid);
    const textFields = textFieldsByName(templateFieldNames(settings.templates), definitions);
    const estimateField = estimateFieldOf(definitions);
    this.deps.log('info', 'Asana workspace fields ready', { workspaceGid, projectGid, budgetCurrency: budget.currency, textFields: Object.keys(textFields), estimateField: estimateField ?? 'none', calls: http.hostCalls() });
    return { budgetFields: [budget], textFields, ...(estimateField === undefined ? {} : { estimateField }) };
  }
}
