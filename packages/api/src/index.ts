export * from './app/app.js';
export * from './core/viewer.js';
export * from './app/components.js';
export * from './core/config.js';
export * from './app/context.js';
export * from './app/db/orm.js';
export * from './app/graceful-stop.js';
export * from './core/errors.js';
export * from './infra/events/event-bus.js';
export * from './core/logger.js';
export * from './core/topics.js';
export * from './app/schema.js';
export * from './app/server.js';
export * from './app/services.js';
export type { IngestItem, IngestOutcome } from './domains/deposits/deposit-ingest.service.js';
export {
  DepositLayout,
  isDepositName,
  isIgnoredName,
  moveFile,
  originalDepositName,
} from './domains/deposits/deposit-layout.js';
export {
  SCHEDULES,
  scheduleEntry,
  type ScheduleEntry,
} from './domains/operations/schedule-registry.js';
/** The XML element of a DECP 2.0 record (XSD 2.0.2 names): the bench builds its XML files with it. */
export { jsonRecordToXml } from './domains/procurement/decp-xml.js';
