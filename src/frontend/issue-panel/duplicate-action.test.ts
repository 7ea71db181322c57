import { translatorFor } from '../shared/messages';
import type { Invoker } from '../shared/resolver-answer';
import { duplicateActionOutcome, runDuplicateAction } from './duplicate-action';

/** A stand-in for the bridge that records calls and answers as the resolvers would. */
function recordingInvoker(answer: unknown): { invoker: Invoker; calls: Array<[string, Record<string, unknown>]> } {
  const calls: Array<[string, Record<string, unknown>]> = [];
  return {
    calls,
    invoker: async (name, payload) => {
      calls.push([name, payload]);
      return answer;
    },
  };
}

const en = translatorFor('en');

describe('runDuplicateAction', () => {
  it('links as a duplicate through linkDuplicate with only the payload the contract accepts', async () => {
    const { invoker, calls } = recordingInvoker({ ok: true, data: { taskId: '10042', otherTaskId: '10077', kind: 'duplicate', linked: true } });
    const action = { kind: 'link', link: 'duplicate', otherTaskId: '10077', key: 'BRD-77' } as const;
    const outcome = await runDuplicateAction(invoker, action);
    expect(calls).toEqual([['linkDuplicate', { otherTaskId: '10077', kind: 'duplicate' }]]);
    expect(outcome).toEqual({ ok: true, action });
    expect(duplicateActionOutcome(outcome, en)).toBe('BRD-77 is linked as a duplicate.');
  });

  it('dismisses through dismissDuplicate and says the suggestion will not come back', async () => {
    const { invoker, calls } = recordingInvoker({ ok: true, data: { taskId: '10042', otherTaskId: '10101', dismissed: true } });
    const outcome = await runDuplicateAction(invoker, { kind: 'dismiss', otherTaskId: '10101', key: 'OPS-3' });
    expect(calls).toEqual([['dismissDuplicate', { otherTaskId: '10101' }]]);
    expect(duplicateActionOutcome(outcome, translatorFor('pl'))).toBe('OPS-3 odrzucono i nie będzie więcej proponowany.');
  });

  it('reports a refused link with the server’s reason', async () => {
    const { invoker } = recordingInvoker({ ok: false, error: { kind: 'not-found', message: 'Issue 10077 is not visible to you' } });
    const outcome = await runDuplicateAction(invoker, { kind: 'link', link: 'relates', otherTaskId: '10077', key: 'BRD-77' });
    expect(outcome.ok).toBe(false);
    expect(duplicateActionOutcome(outcome, en)).toBe('Couldn’t update BRD-77: Issue 10077 is not visible to you');
  });

  it('does not call an answer a success unless it says the link was made', async () => {
    const { invoker } = recordingInvoker({ ok: true, data: {} });
    const outcome = await runDuplicateAction(invoker, { kind: 'link', link: 'relates', otherTaskId: '10077', key: 'BRD-77' });
    expect(outcome.ok).toBe(false);
  });
});
