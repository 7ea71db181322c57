import { z } from 'zod';
import type { InvocationInfo } from './composition';

/**
 * The parts of Forge's invocation context Mops reads. Forge passes it as the second argument of
 * trigger, consumer, scheduled and validator functions; resolvers get it inside the request.
 */
const InvocationContext = z.looseObject({
  installContext: z.string().min(1).optional(),
  cloudId: z.string().min(1).optional(),
  siteUrl: z.url().optional().catch(undefined),
});

/** Scheduled triggers get the context inside their event (`{ context: { cloudId, moduleKey } }`). */
const Nested = z.looseObject({ context: z.unknown() });

/**
 * Whose installation this invocation serves, read from the context objects Forge passed (and any
 * `context` inside them). Falls back to the cloud id, then to one shared key: the id only keeps warm
 * caches apart, storage is per installation anyway.
 * @example invocationInfo({ installContext: 'ari:cloud:jira::site/7c3e…' }) // { installationId: 'ari:cloud:jira::site/7c3e…' }
 */
export function invocationInfo(...contexts: unknown[]): InvocationInfo {
  let installationId: string | undefined;
  let siteUrl: string | undefined;
  const nested = contexts.map((raw) => Nested.safeParse(raw).data?.context);
  for (const raw of [...contexts, ...nested]) {
    const parsed = InvocationContext.safeParse(raw);
    if (!parsed.success) continue;
    installationId ??= parsed.data.installContext ?? parsed.data.cloudId;
    siteUrl ??= parsed.data.siteUrl;
  }
  return { installationId: installationId ?? 'installation', ...(siteUrl ? { siteUrl } : {}) };
}
