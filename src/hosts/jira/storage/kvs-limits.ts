import { ForgeKvsAPIError } from '@forge/kvs';
import { KVS_LIMITS } from './key-value-store';

/**
 * The error Forge's KVS client throws for a refused request: a `ForgeKvsAPIError` with Forge's error
 * code and the message Forge documents for it, so code that handles one handles the other.
 *
 * @example
 * kvsError('MAX_SIZE', 'The provided value has exceeded the maximum size limit.', '/api/v1/set').responseDetails.status // 400
 */
export function kvsError(code: string, message: string, path: string, context: Record<string, unknown> = {}, status = 400): ForgeKvsAPIError {
  return new ForgeKvsAPIError(
    { status, statusText: status === 409 ? 'Conflict' : 'Bad Request', httpMethod: 'POST', httpPath: path },
    { code, message, context },
  );
}

/**
 * Why Forge would refuse this key, or undefined when it is acceptable.
 *
 * @example
 * keyProblem('x'.repeat(501), '/api/v1/set')?.code // 'KEY_TOO_LONG'
 */
export function keyProblem(key: string, path: string): ForgeKvsAPIError | undefined {
  const shown = key.length > 80 ? `${key.slice(0, 80)}…` : key;
  if (key.length === 0) return kvsError('KEY_TOO_SHORT', 'The provided key needs to be more than one character.', path, { key });
  if (key.length > KVS_LIMITS.keyLength) {
    return kvsError('KEY_TOO_LONG', `The provided key has exceeded the maximum ${KVS_LIMITS.keyLength} characters. Key "${shown}" has ${key.length}.`, path, { key });
  }
  if (!KVS_LIMITS.keyPattern.test(key)) {
    return kvsError('INVALID_KEY', `The provided key does not match the regex: ${KVS_LIMITS.keyPattern.source}. Key "${shown}".`, path, { key });
  }
  return undefined;
}

/**
 * Why Forge would refuse to store this value under `key` (too large or too deep), or undefined.
 * Returns the value's JSON text too, which is what gets stored.
 *
 * @example
 * valueProblem('settings', 'x'.repeat(300_000), '/api/v1/set').problem?.code // 'MAX_SIZE'
 */
export function valueProblem(key: string, value: unknown, path: string): { json: string; problem?: ForgeKvsAPIError } {
  const json = JSON.stringify(value);
  if (json === undefined) {
    return { json: 'null', problem: kvsError('INVALID_VALUE', `The value for key "${key}" is not JSON (it was ${typeof value}).`, path, { key }) };
  }
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > KVS_LIMITS.valueBytes) {
    return {
      json,
      problem: kvsError(
        'MAX_SIZE',
        `The provided value has exceeded the maximum size limit. Key "${key}" holds ${bytes} bytes; at most ${KVS_LIMITS.valueBytes} (240 KiB) are allowed.`,
        path,
        { key, bytes },
      ),
    };
  }
  const depth = depthOf(value);
  if (depth > KVS_LIMITS.objectDepth) {
    return {
      json,
      problem: kvsError('MAX_DEPTH', `The provided value has exceeded the maximum object depth (${KVS_LIMITS.objectDepth}) limit. Key "${key}" is ${depth} deep.`, path, { key, depth }),
    };
  }
  return { json };
}

/** Nesting of objects and arrays: a scalar is 0 deep, `{ a: 1 }` is 1 deep. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}
