// `@opendata/worker/testing`: the black-box platform and the Chromium harness shared by the
// admin and widgets browser tests and the benches.
export * from './browser.js';
export * from './platform.js';
export * from './acts-seed.js';
export * from './host-site.js';
export * from './decp-seed.js';
