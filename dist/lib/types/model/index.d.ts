export * from './severity.js';
export * from './rule.js';
export * from './fragment.js';
export * from './finding.js';
export * from './errors.js';
export * from './contracts.js';
