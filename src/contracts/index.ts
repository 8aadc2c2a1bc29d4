export * from './errors';
export * from './result';
export * from './collections';
export * from './roles';
export * from './geo';
export * from './user';
export * from './org';
