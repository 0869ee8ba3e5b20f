/**
 * Structured JSON-lines logger. It takes event names and small fields, never message text:
 * staff may write confidential things in chat, and logs go to operators.
 */
import { redactNationalIdNumbers } from './domain/guidance/nationalId';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, string | number | boolean | undefined | null>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
  /**
   * A child for one turn: its debug and info lines (and its children's) are held and written together by
   * flush(), so a turn costs one write to stdout instead of one per line. A warn or error line is written at
   * once, after the lines held before it, so the order stays and a problem is never waiting on the turn's end.
   * Each line keeps the time it was logged at.
   */
  held(fields: LogFields): HeldLogger;
}

export interface HeldLogger extends Logger {
  /**
   * Writes the held lines and stops holding: what is logged after it (work the turn left running) is written
   * at once. Call when the turn ends, also when it failed.
   */
  flush(): void;
}

/**
 * `write` gets one line at a time. Without it, lines go to stdout, and a turn's held lines go in one write.
 */
export function createLogger(level: LogLevel = 'info', base: LogFields = {}, write?: (line: string) => void): Logger {
  const writeMany = write ? (lines: string[]) => lines.forEach(write) : (lines: string[]) => void process.stdout.write(lines.join('\n') + '\n');
  return build(level, base, (line) => writeMany([line]), writeMany);
}

function build(level: LogLevel, base: LogFields, out: (line: string, urgent: boolean) => void, writeMany: (lines: string[]) => void): Logger {
  const threshold = ORDER[level];
  const emit = (lvl: LogLevel, event: string, fields?: LogFields) => {
    if (ORDER[lvl] < threshold) return;
    out(JSON.stringify({ time: new Date().toISOString(), level: lvl, event, ...base, ...fields }), ORDER[lvl] >= ORDER.warn);
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
    child: (fields) => build(level, { ...base, ...fields }, out, writeMany),
    held(fields) {
      let lines: string[] | undefined = [];
      const write = () => {
        if (lines?.length) writeMany(lines.splice(0));
      };
      const logger = build(level, { ...base, ...fields }, (line, urgent) => {
        if (!lines) return out(line, urgent);
        lines.push(line);
        if (urgent) write();
      }, writeMany);
      return {
        ...logger,
        flush() {
          write();
          lines = undefined;
        },
      };
    },
  };
}

/**
 * An error message made safe for logs. Messages come from libraries and may quote what they failed on – a
 * parse error can echo a fragment of a card's data – so any identity number in it is replaced (with the same
 * detector the privacy guard uses) before the message is cut, so a cut never leaves half a number behind.
 */
function safeMessage(message: string): string {
  return redactNationalIdNumbers(message.slice(0, 600)).slice(0, 300);
}

/** Error details safe for logs: the kind and code, not user content. */
export function errorFields(err: unknown): LogFields {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { error: err.name, errorMessage: safeMessage(err.message), code: typeof code === 'string' || typeof code === 'number' ? code : undefined };
  }
  return { error: safeMessage(String(err)) };
}

/**
 * Sends what libraries print with console.* to the log as one JSON line each, at debug level: botbuilder prints
 * whole error objects (multi-line stack traces) for every refused token, which would break the one-line-per-event
 * log and repeat what the bot already logs itself. Only the first line of each message is kept, made safe like
 * any error message.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const forward = (level: string) => (...args: unknown[]) => {
    const first = args
      .map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : (() => { try { return JSON.stringify(a); } catch { return String(a); } })()))
      .join(' ')
      .split('\n')[0];
    logger.debug('library.console', { consoleLevel: level, message: safeMessage(first ?? '') });
  };
  console.log = forward('log');
  console.info = forward('info');
  console.warn = forward('warn');
  console.error = forward('error');
  console.debug = forward('debug');
}
