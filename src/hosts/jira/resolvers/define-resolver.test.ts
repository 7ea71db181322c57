import { NeedsAuthenticationError } from '@forge/api';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { installFakeForge } from '../../../../test/forge/support/fake-platform';
import { defineResolver } from './define-resolver';

function resolverAnswering(run: () => Promise<unknown>) {
  const resolver = new Resolver();
  defineResolver(resolver, 'getBudgetReport', z.object({ total: z.number().int() }), run as () => Promise<{ total: number }>);
  const handler = resolver.getDefinitions();
  return () => handler({ call: { functionKey: 'getBudgetReport', payload: {} }, context: {} }, { principal: { accountId: 'u1' }, installContext: 'site' });
}

describe('defineResolver', () => {
  it('answers with the data once it fits the view model', async () => {
    installFakeForge();
    expect(await resolverAnswering(async () => ({ total: 1200 }))()).toEqual({ ok: true, data: { total: 1200 } });
  });

  it('never hands the UI an answer outside its view model: internal, with the problem in the log', async () => {
    const forge = installFakeForge();
    expect(await resolverAnswering(async () => ({ total: 12.5 }))()).toEqual({
      ok: false,
      error: { kind: 'internal', message: "getBudgetReport produced an answer Mops could not vouch for; the app's logs have the details" },
    });
    expect(forge.logs[0]).toMatchObject({ level: 'error', details: { problems: expect.stringContaining('total') } });
  });

  it("keeps an unexpected error's details in the log, not in the answer", async () => {
    const forge = installFakeForge();
    expect(await resolverAnswering(async () => Promise.reject(new TypeError('cannot read properties of undefined (reading "secret")')))()).toEqual({
      ok: false,
      error: { kind: 'internal', message: "Mops failed while answering; the app's logs have the details" },
    });
    expect(JSON.stringify(forge.logs)).toContain('secret');
  });

  it("lets Forge's consent error through, so Forge can ask the person to allow the app", async () => {
    installFakeForge();
    await expect(resolverAnswering(async () => Promise.reject(new NeedsAuthenticationError('Authentication required', 'jira')))()).rejects.toBeInstanceOf(NeedsAuthenticationError);
  });
});
