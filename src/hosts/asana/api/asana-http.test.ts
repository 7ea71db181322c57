import { z } from 'zod';
import { AsanaNotFoundError, AsanaTransportError, AsanaUnavailableError } from './asana-errors';
import { AsanaHttp } from './asana-http';
import type { AsanaAnswer, AsanaRequest, AsanaTransport } from './asana-transport';

/** A transport that answers from a script and remembers what it was asked. */
function scripted(answers: AsanaAnswer[]): AsanaTransport & { asked: AsanaRequest[] } {
  const asked: AsanaRequest[] = [];
  const transport = async (request: AsanaRequest) => {
    asked.push(request);
    const next = answers.shift();
    if (!next) throw new Error('connect ECONNREFUSED 127.0.0.1:9');
    return next;
  };
  return Object.assign(transport, { asked });
}

const Task = z.object({ data: z.object({ gid: z.string(), name: z.string() }) });
const getTask = { method: 'GET' as const, path: '/tasks/{task_gid}', pathParams: { task_gid: '1209' }, query: { opt_fields: 'name' }, subject: 'task 1209', schema: Task };

describe('AsanaHttp', () => {
  it('backs off 1 s, 2 s, 4 s on 503s that give no Retry-After, counting every attempt', async () => {
    const waits: number[] = [];
    const transport = scripted([{ status: 503, body: undefined }, { status: 503, body: undefined }, { status: 503, body: undefined }, { status: 200, body: { data: { gid: '1209', name: 'Webinar' } } }]);
    const http = new AsanaHttp(transport, { sleep: async (ms) => void waits.push(ms) });
    expect(await http.request(getTask)).toEqual({ data: { gid: '1209', name: 'Webinar' } });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(http.hostCalls()).toBe(4);
    expect(http.waitedFor()).toBe(7000);
  });

  it('stops after the retry cap with the request named', async () => {
    const transport = scripted(Array.from({ length: 3 }, () => ({ status: 429, retryAfter: '1', body: { errors: [{ message: 'Too many requests' }] } })));
    const http = new AsanaHttp(transport, { sleep: async () => undefined, maxRetries: 2 });
    await expect(http.request(getTask)).rejects.toThrow(new AsanaUnavailableError({ method: 'GET', path: '/tasks/1209', subject: 'task 1209' }, 429, 3, 2000, 'gave up after 2 retries'));
  });

  it('turns 404 into AsanaNotFoundError with Asana’s message, and no answer into AsanaTransportError', async () => {
    const http = new AsanaHttp(scripted([{ status: 404, body: { errors: [{ message: 'task: Not a recognized ID: 1209' }] } }]));
    await expect(http.request(getTask)).rejects.toThrow(new AsanaNotFoundError({ method: 'GET', path: '/tasks/1209', subject: 'task 1209' }, ['task: Not a recognized ID: 1209']));
    await expect(http.request(getTask)).rejects.toBeInstanceOf(AsanaTransportError);
  });

  it('sends a multipart form as it is, with no JSON body, and retries it on 429 like any call', async () => {
    const transport = scripted([{ status: 429, retryAfter: '30', body: undefined }, { status: 200, body: { data: { gid: '1300', name: 'Mops' } } }]);
    const http = new AsanaHttp(transport, { sleep: async () => undefined });
    const form = { parent: '1209', resource_subtype: 'external', url: 'https://mops.example.com/asana/workspaces/1200/tasks/1209', name: 'Mops' };
    await http.request({ method: 'POST', path: '/attachments', form, subject: 'the widget on task 1209', schema: z.object({ data: z.object({ gid: z.string() }) }) });
    expect(transport.asked).toEqual([
      { method: 'POST', path: '/attachments', query: {}, form },
      { method: 'POST', path: '/attachments', query: {}, form },
    ]);
    expect([http.hostCalls(), http.waitedFor()]).toEqual([2, 30_000]);
  });

  it('pages with limit and the offset Asana hands back, and stops when it repeats one', async () => {
    const page = (names: string[], offset: string | null) => ({ status: 200, body: { data: names.map((name, index) => ({ gid: `${index + 1}`, name })), next_page: offset ? { offset } : null } });
    const transport = scripted([page(['a', 'b'], 'eyJvIjoyfQ'), page(['c'], null)]);
    const http = new AsanaHttp(transport);
    const pages: string[][] = [];
    for await (const items of http.pages({ path: '/tasks', query: { project: '7' }, subject: 'tasks of project 7', item: z.object({ name: z.string() }), limit: 2 })) pages.push(items.map((item) => item.name));
    expect(pages).toEqual([['a', 'b'], ['c']]);
    expect(transport.asked.map((request) => request.query)).toEqual([{ project: '7', limit: '2' }, { project: '7', limit: '2', offset: 'eyJvIjoyfQ' }]);

    const looping = new AsanaHttp(scripted([page(['a'], 'same'), page(['b'], 'same')]));
    const read = async () => {
      for await (const _ of looping.pages({ path: '/tasks', query: {}, subject: 'tasks', item: z.object({ name: z.string() }) })) void _;
    };
    await expect(read()).rejects.toThrow('next_page.offset "same" came back twice; paging stopped');
  });
});
