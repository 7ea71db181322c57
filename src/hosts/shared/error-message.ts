/**
 * The message of anything thrown. Database errors may come from another realm (PGlite loaded outside a
 * sandbox), where `instanceof Error` is false although they are errors all the same.
 * @example errorMessage(new Error('relation "nowhere" does not exist')) // 'relation "nowhere" does not exist'
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}
