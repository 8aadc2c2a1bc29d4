// The zod-free halves only: pages may import this barrel. Schemas are imported from their own
// ./<domain>.schema files, by functions and the server alone (eslint.config.js enforces it).
export * from './errors';
export * from './result';
export * from './collections';
export * from './roles';
export * from './geo';
export * from './paging';
export * from './fields';
export * from './user';
export * from './org';
export * from './points';
export * from './messages';
export * from './wish';
