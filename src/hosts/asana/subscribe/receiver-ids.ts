import { randomBytes } from 'node:crypto';

/**
 * A new, unguessable receiver id for a webhook's target URL (`…/asana/webhooks/<id>`), chosen before the
 * webhook exists so the handshake can be expected. 8–64 of [A-Za-z0-9_-], as the receiver requires.
 * @example newReceiverId('project') // 'prj-3f9a0c1e5b7d2a4c6e8f0a1b'
 */
export function newReceiverId(kind: 'project' | 'team'): string {
  return `${kind === 'project' ? 'prj' : 'team'}-${randomBytes(12).toString('hex')}`;
}
