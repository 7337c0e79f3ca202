// `@opendata/api/testing`: the api's fixtures and database helpers for the worker's tests, the
// browser tests and the benches (imported by name, never by a path into this package).
export * from './fixtures/index.js';
export * from './support/test-db.js';
export { SCDL_DELIBERATIONS_SCHEMA } from '../src/domains/datasets/scdl-deliberations.js';
export { validateCsv, validateCsvFile } from '../src/infra/table-schema/table-schema-validator.js';
export { readZipEntries } from '../src/infra/zip/safe-unzip.js';
export { actsIndexDefinition, toActSearchDocument } from '../src/domains/acts/acts-index.js';
export { MeiliSearchEngine } from '../src/infra/search/meili-search-engine.js';
export { SqliteSearchEngine } from '../src/infra/search/sqlite-search-engine.js';
export * from '../src/infra/search/search-engine.js';
export { TesseractJsEngine } from '../src/infra/ocr/tesseract-js-engine.js';
export { TesseractBinaryEngine } from '../src/infra/ocr/tesseract-binary-engine.js';
export type { OcrEngine, OcrResult } from '../src/infra/ocr/ocr-engine.js';
export { parseBudgetFile } from '../src/domains/budgets/budget-parse.js';
export { PlanCatalog } from '../src/domains/budgets/plan-catalog.js';
export { readXml } from '../src/infra/xml/xml-reader.js';
export { decodeXmlBytes } from '../src/infra/xml/xml-text.js';
export { UdataFake } from './support/udata-fake.js';
export { catalogDataset, servedCsv } from './support/catalog-builder.js';
