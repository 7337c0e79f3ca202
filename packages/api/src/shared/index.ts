// Rules the api, the admin and the widgets apply alike, written once. No dependency at all
// (no package, no Node builtin): the admin and the widgets bundle it as `@opendata/api/shared`.
export * from './actes-nomenclature.js';
export * from './contrast.js';
export * from './labels.js';
export * from './siret.js';
export * from './limits.js';
export * from './highlight.js';
export * from './french.js';
export * from './budget-widget.js';
export * from './budget.js';
export * from './decimal.js';
export * from './cpv.js';
