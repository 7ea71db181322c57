import { z } from 'zod';
import { callResolver, type Invoker, readResolverAnswer } from './resolver-answer';

const Greeting = z.object({ text: z.string(), count: z.number().int() });

describe('readResolverAnswer', () => {
  it('hands over data that matches the view model', () => {
    expect(readResolverAnswer({ ok: true, data: { text: 'hi', count: 2 } }, Greeting)).toEqual({ status: 'loaded', data: { text: 'hi', count: 2 } });
  });

  it('passes the resolver’s own refusal through with its kind and message', () => {
    const answer = { ok: false, error: { kind: 'no-permission', message: 'You cannot browse WEB-1' } };
    expect(readResolverAnswer(answer, Greeting)).toEqual({ status: 'failed', kind: 'no-permission', message: 'You cannot browse WEB-1' });
  });

  it('turns data of the wrong shape into a malformed failure that says where', () => {
    const answer = readResolverAnswer({ ok: true, data: { text: 'hi', count: 2.5 } }, Greeting);
    expect(answer.status).toBe('failed');
    expect(answer).toMatchObject({ kind: 'malformed' });
    expect(answer.status === 'failed' && answer.message).toMatch(/^data\.count: /);
  });

  it('treats an answer without the envelope, or with an unknown error kind, as malformed', () => {
    expect(readResolverAnswer({ text: 'hi', count: 2 }, Greeting)).toMatchObject({ status: 'failed', kind: 'malformed' });
    expect(readResolverAnswer(undefined, Greeting)).toMatchObject({ status: 'failed', kind: 'malformed' });
    expect(readResolverAnswer({ ok: false, error: { kind: 'teapot', message: 'no' } }, Greeting)).toMatchObject({ status: 'failed', kind: 'malformed' });
  });
});

describe('callResolver', () => {
  it('sends the resolver name and payload, then reads the answer', async () => {
    const calls: Array<[string, Record<string, unknown>]> = [];
    const invoker: Invoker = async (name, payload) => {
      calls.push([name, payload]);
      return { ok: true, data: { linked: true } };
    };
    const answer = await callResolver(invoker, 'linkDuplicate', { otherTaskId: '10077', kind: 'relates' }, z.object({ linked: z.literal(true) }));
    expect(calls).toEqual([['linkDuplicate', { otherTaskId: '10077', kind: 'relates' }]]);
    expect(answer).toEqual({ status: 'loaded', data: { linked: true } });
  });

  it('reports a call that throws as unavailable instead of throwing into the view', async () => {
    const invoker: Invoker = async () => {
      throw new Error('Function timed out after 25 s');
    };
    await expect(callResolver(invoker, 'getBudgetReport', {}, Greeting)).resolves.toEqual({
      status: 'failed',
      kind: 'unavailable',
      message: 'Function timed out after 25 s',
    });
  });
});
