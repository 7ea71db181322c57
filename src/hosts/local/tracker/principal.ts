/**
 * Who a tracker acts as: a person (everything they may see, nothing more) or Mops itself, the way a
 * Forge function calls Jira `asUser()` or `asApp()`.
 */
export type Principal = { kind: 'app' } | { kind: 'person'; personId: string };

export const APP: Principal = { kind: 'app' };

/**
 * @example asPerson('p-agnieszka-nowak') // { kind: 'person', personId: 'p-agnieszka-nowak' }
 */
export function asPerson(personId: string): Principal {
  return { kind: 'person', personId };
}

/** The author or creator recorded on rows: the person's id, or null for Mops itself. */
export function actorId(principal: Principal): string | null {
  return principal.kind === 'person' ? principal.personId : null;
}
