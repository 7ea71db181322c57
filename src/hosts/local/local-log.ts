export type LogLevel = 'info' | 'warn' | 'error';
/** Where the local host says what it did; details are plain data, never request headers or credentials. */
export type LocalLog = (level: LogLevel, message: string, details?: Record<string, unknown>) => void;

/** One line per event on the console: errors to stderr, the rest to stdout. */
export const consoleLog: LocalLog = (level, message, details) => {
  const line = details ? `${message} ${JSON.stringify(details)}` : message;
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};

/** For tests: keeps every line instead of printing it. */
export function recordingLog(): LocalLog & { lines: Array<{ level: LogLevel; message: string; details?: Record<string, unknown> }> } {
  const lines: Array<{ level: LogLevel; message: string; details?: Record<string, unknown> }> = [];
  const log = ((level, message, details) => {
    lines.push({ level, message, ...(details ? { details } : {}) });
  }) as LocalLog & { lines: typeof lines };
  log.lines = lines;
  return log;
}
