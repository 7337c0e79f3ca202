import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';

interface LogContext {
  correlationId: string;
}

const storage = new AsyncLocalStorage<LogContext>();

export const rootLogger: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: undefined,
  // Belt and braces: no credential reaches a log line even if an object carrying one is logged.
  redact: {
    paths: [
      'apiKey',
      '*.apiKey',
      'apiKeySealed',
      '*.apiKeySealed',
      'headers["x-api-key"]',
      '*.headers["x-api-key"]',
      'input.apiKey',
      '*.input.apiKey',
    ],
    censor: '[secret]',
  },
  mixin() {
    const ctx = storage.getStore();
    return ctx ? { cid: ctx.correlationId } : {};
  },
});

export function setLogLevel(level: string): void {
  rootLogger.level = level;
}

export function childLogger(module: string): Logger {
  return rootLogger.child({ module });
}

/** Runs `fn` with a correlation id (request or job) attached to every log line inside it. */
export function withCorrelationId<T>(id: string | undefined, fn: () => T): T {
  return storage.run({ correlationId: id ?? randomUUID() }, fn);
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}
