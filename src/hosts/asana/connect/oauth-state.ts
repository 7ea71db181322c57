import type { Secret } from '../secrets/secret';

/** What an authorization is for: connecting workspaces to Mops, or a viewer signing in as themselves. */
export type AuthorizationPurpose = 'connect' | 'sign-in';

/** An OAuth authorization someone started and has not finished: what the callback needs to finish it. */
export interface PendingAuthorization {
  /** Always known once stored: rows kept before viewers could sign in read as 'connect' (the column's default). */
  purpose: AuthorizationPurpose;
  /** Sign-in only: the same-origin path to go back to afterwards, checked when the sign-in started. */
  returnTo?: string;
  /** The Mops person who started it; only they may finish it. */
  personId: string;
  /** PKCE: sent to Asana only at the code exchange. */
  codeVerifier: Secret;
  createdAt: Date;
  expiresAt: Date;
}

/** Pending authorizations by their `state`. */
export interface AsanaOAuthStateStore {
  begin(state: string, pending: PendingAuthorization): Promise<void>;
  /** The pending authorization, removed in the same step: a state is good for one callback only. */
  consume(state: string): Promise<PendingAuthorization | undefined>;
}
