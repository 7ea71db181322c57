import { fixedClock } from '../../src/app/ports/clock';
import type { SqlClient } from '../../src/hosts/local/database/sql-client';
import { recordingLog } from '../../src/hosts/local/local-log';
import { seedOrganisation } from '../../src/hosts/local/organisation/seed-organisation';
import { type RunningLocalHost, startLocalHost } from '../../src/hosts/local/server';
import { generateDemoOrganisation } from '../../src/demo';

type Answer = { status: number; body: { ok: boolean; data?: unknown; error?: { kind: string; message: string } } };

/** Talks to a running local host over real loopback HTTP, as a person named by X-Mops-User. */
export function httpClient(host: () => RunningLocalHost) {
  async function send(method: string, path: string, options: { as?: string; body?: string } = {}): Promise<Answer> {
    const response = await fetch(new URL(path, host().url), {
      method,
      headers: { 'content-type': 'application/json', ...(options.as ? { 'X-Mops-User': options.as } : {}) },
      ...(options.body !== undefined ? { body: options.body } : {}),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }
  return {
    send,
    invoke: (name: string, request: unknown, as?: string) => send('POST', `/api/invoke/${name}`, { body: JSON.stringify(request), ...(as ? { as } : {}) }),
    createTask: (task: unknown, as?: string) => send('POST', '/api/tasks', { body: JSON.stringify(task), ...(as ? { as } : {}) }),
  };
}

const onIssue = (id: string) => ({ context: { extension: { issue: { id } } } });

/**
 * The local host's whole HTTP story on one database engine: the demo organisation loaded once, the
 * issue panel as different people, a near-duplicate flagged on creation, a template applied, and bad
 * input answered with the zod message. Run for PGlite always and for PostgreSQL when DATABASE_URL is set.
 */
export function describeLocalHostOverHttp(engine: string, openDatabase: () => Promise<SqlClient>): void {
  describe(`the local host over HTTP on ${engine}`, () => {
    let db: SqlClient;
    let host: RunningLocalHost;
    const log = recordingLog();
    const http = httpClient(() => host);

    beforeAll(async () => {
      db = await openDatabase();
      host = await startLocalHost({ db, clock: fixedClock('2026-11-23T10:00:00Z'), log, port: 0 });
    });
    afterAll(async () => {
      await host?.close();
      await db?.close();
    });

    it('loads the demo organisation once and never again over it', async () => {
      expect(host.seed).toMatchObject({ seeded: true, tasks: generateDemoOrganisation(1).tasks.length });
      expect(await seedOrganisation(db, generateDemoOrganisation(2), { source: 'demo organisation, seed 2', at: '2026-11-24T09:00:00Z' })).toEqual({
        seeded: false,
        reason: 'the database already holds an organisation',
      });
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect((await http.send('GET', '/api/health')).body).toEqual({ ok: true, data: { database: db.description, organisation: 'Kestrel Software — Marketing' } });
    });

    it('answers getIssuePanel with the planted duplicate for a viewer who may see it, and as missing for one who may not', async () => {
      const agnieszka = await http.invoke('getIssuePanel', onIssue('dup-photographer-brd'));
      expect(agnieszka.status).toBe(200);
      expect(agnieszka.body).toMatchObject({ ok: true, data: { key: 'BRD-35', duplicates: [{ taskId: 'dup-photographer-atl', key: 'ATL-36', decision: 'likely-duplicate', teamId: 'team-wrzos' }] } });

      const oliver = await http.invoke('getIssuePanel', onIssue('dup-photographer-brd'), 'p-oliver-bennett');
      expect(oliver).toEqual({ status: 404, body: { ok: false, error: { kind: 'not-found', message: 'Task dup-photographer-brd does not exist or you do not have permission to see it' } } });
    });

    it('flags a near-duplicate task on creation, comments once, and shows each viewer only the matches they may open', async () => {
      const created = await http.createTask(
        {
          projectId: 'prj-growth',
          teamId: 'team-growth',
          title: 'Hire a photographer for the January product photo shoot of Atlas 3',
          description: 'One studio day: packshots on white and lifestyle photos for the website.',
        },
        'p-harry-patel',
      );
      expect(created.status).toBe(201);
      const { task, automation } = created.body.data as { task: { id: string; key: string }; automation: { duplicates: Array<{ taskId: string; decision: string }>; commented: boolean } };
      expect(automation.commented).toBe(true);
      expect(automation.duplicates.filter((found) => found.decision === 'likely-duplicate').map((found) => found.taskId).sort()).toEqual(['dup-photographer-atl', 'dup-photographer-brd']);

      // Harry (Growth) may open the Atlas task, not Brand's.
      const panel = await http.invoke('getIssuePanel', onIssue(task.id), 'p-harry-patel');
      expect((panel.body.data as { duplicates: Array<{ key: string }> }).duplicates.map((duplicate) => duplicate.key)).toEqual(['ATL-36']);
      const page = await http.send('GET', `/api/tasks/${task.id}`, { as: 'p-harry-patel' });
      expect((page.body.data as { comments: Array<{ authorId: string | null; paragraphs: Array<Array<{ text: string }>> }> }).comments).toEqual([
        expect.objectContaining({ authorId: null, paragraphs: [[{ text: 'Mops: 2 other tasks look like the same work, planned by another team or agency.' }], expect.any(Array)] }),
      ]);

      const linked = await http.invoke('linkDuplicate', { ...onIssue(task.id), payload: { otherTaskId: 'dup-photographer-atl', kind: 'duplicate' } }, 'p-harry-patel');
      expect(linked.body).toEqual({ ok: true, data: { taskId: task.id, otherTaskId: 'dup-photographer-atl', kind: 'duplicate', linked: true } });
      const after = await http.invoke('getIssuePanel', onIssue(task.id), 'p-harry-patel');
      expect((after.body.data as { duplicates: unknown[] }).duplicates).toEqual([]);
      expect(log.lines.some((line) => line.message === `Task ${task.key} created by p-harry-patel: processed`)).toBe(true);
    });

    it('applies the webinar template to a webinar created over HTTP: nine subtasks with the next keys', async () => {
      const created = await http.createTask({ projectId: 'prj-brand', type: 'webinar', title: 'Webinar: planning Q2 campaigns', ownerId: 'p-agnieszka-nowak', dueDate: '2027-01-28', fields: { kpi: '200 registrations' } });
      const { task, automation } = created.body.data as { task: { id: string; key: string; labels: string[] }; automation: { templateId: string; createdSubtasks: number } };
      expect([task.key, task.labels, automation.templateId, automation.createdSubtasks]).toEqual(['BRD-67', ['webinar'], 'webinar', 9]);
      const page = await http.send('GET', `/api/tasks/${task.id}`);
      const subtasks = (page.body.data as { subtasks: Array<{ key: string; templateStepId: string }> }).subtasks;
      expect(subtasks.map((subtask) => subtask.key)).toEqual(['BRD-68', 'BRD-69', 'BRD-70', 'BRD-71', 'BRD-72', 'BRD-73', 'BRD-74', 'BRD-75', 'BRD-76']);
      expect(subtasks[5]?.templateStepId).toBe('dry-run');
    });

    it('answers bad input with 400 and the specific message, unknown names with 404, never a stack', async () => {
      const badJson = await http.send('POST', '/api/invoke/getIssuePanel', { body: '{"context": {' });
      expect(badJson.status).toBe(400);
      expect(badJson.body.error?.message).toMatch(/^The request body is not valid JSON \(.+\); send a JSON object, e\.g\. \{"payload": \{\}\}$/);

      expect(await http.invoke('linkDuplicate', { ...onIssue('dup-photographer-brd'), payload: { otherTaskId: 7, kind: 'same' } })).toEqual({
        status: 400,
        body: { ok: false, error: { kind: 'bad-request', message: 'linkDuplicate payload not accepted: otherTaskId: Invalid input: expected string, received number; kind: Invalid option: expected one of "duplicate"|"relates"' } },
      });
      expect((await http.createTask({ projectId: 'prj-brand', title: '  ', dueDat: '2027-01-01' })).body.error).toEqual({
        kind: 'bad-request',
        message: 'Task not created: title: A task needs a title; (value): Unrecognized key: "dueDat"',
      });
      expect((await http.createTask({ projectId: 'prj-events', title: 'Stand for the Poznań fair' })).body.error?.message).toBe(
        'Task not created: projectId: "prj-events" is not a project you can create tasks in; yours: prj-atlas (ATL), prj-brand (BRD)',
      );
      expect((await http.invoke('getEverything', {})).status).toBe(404);
      expect((await http.invoke('getIssuePanel', onIssue('dup-photographer-brd'), 'p-nobody')).body.error?.kind).toBe('no-permission');
      expect((await http.send('GET', '/api/nowhere')).status).toBe(404);
      expect((await http.invoke('getAdminSettings', {}, 'p-sophie-turner')).status).toBe(403);
      const huge = await http.send('POST', '/api/tasks', { body: JSON.stringify({ projectId: 'prj-brand', title: 'x', description: 'x'.repeat(1_100_000) }) });
      expect(huge).toEqual({ status: 413, body: { ok: false, error: { kind: 'bad-request', message: 'The request body is larger than 1048576 bytes' } } });
    });

    it('lists the tasks a viewer may see, filtered by project and openness', async () => {
      const list = async (query: string, as: string) => ((await http.send('GET', `/api/tasks${query}`, { as })).body.data as { tasks: Array<{ key: string; statusCategory: string }> }).tasks;
      const agency = await list('', 'p-sophie-turner');
      expect(new Set(agency.map((task) => task.key.split('-')[0]))).toEqual(new Set(['GRW']));
      const open = await list('?projectId=prj-brand&openOnly=true', 'p-agnieszka-nowak');
      expect(open.length).toBeGreaterThan(20);
      expect(open.every((task) => task.key.startsWith('BRD-') && task.statusCategory !== 'done')).toBe(true);
      expect(open.slice(0, 3).map((task) => task.key)).toEqual(['BRD-1', 'BRD-2', 'BRD-3']);
      expect((await http.send('GET', '/api/tasks?openOnly=yes')).body.error?.message).toBe('Task list query not accepted: openOnly: openOnly must be "true" or "false"');
      const organisation = (await http.send('GET', '/api/organisation', { as: 'p-jakub-mazur' })).body.data as { viewer: unknown; projects: Array<{ key: string }> };
      expect(organisation.viewer).toEqual({ id: 'p-jakub-mazur', name: 'Jakub Mazur', teamId: 'team-wrzos', teamKind: 'agency' });
      expect(organisation.projects.map((project) => project.key)).toEqual(['ATL', 'BRD', 'EVT', 'GRW']);
    });

    it('answers a corrupt row with 500 naming the row, and keeps serving', async () => {
      await db.query(`UPDATE tasks SET fields = '{"kpi": 300}' WHERE id = 'dup-stock-photo-grw'`);
      const broken = await http.send('GET', '/api/tasks/dup-stock-photo-grw', { as: 'p-harry-patel' });
      expect(broken.status).toBe(500);
      expect(broken.body.error?.message).toMatch(/^Stored row dup-stock-photo-grw in table "tasks" is not valid: fields\.kpi: .+; fix or delete that row$/);
      expect((await http.send('GET', '/api/health')).status).toBe(200);
      await db.query(`UPDATE tasks SET fields = '{}' WHERE id = 'dup-stock-photo-grw'`);
    });
  });
}
