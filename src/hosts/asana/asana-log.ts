export type AsanaLogLevel = 'info' | 'warn' | 'error';

/**
 * Where the Asana module says what it did. Details are plain data: never a secret, a signature, a
 * token or a request body, since logs are read by more people than the secrets are.
 */
export type AsanaLog = (level: AsanaLogLevel, message: string, details?: Record<string, unknown>) => void;
