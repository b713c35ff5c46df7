export { AuditLog, appendAudit, readHead, headPath, type AuditLogOptions, type Anchor } from './log.js';
export { verifyAuditLog, type VerifyOptions, type VerifyResult, type VerifyProblem } from './verify.js';
export { queryAuditLog, matchesFilter, parseTimeFilter, type AuditFilter } from './query.js';
export { AuditedStore, describeError, type AuditedStoreOptions } from './audited-store.js';
export { auditVerifyCommand, auditQueryCommand, type QueryCommandOptions, type CommandResult } from './commands.js';
export { GENESIS, hashRecord, type AuditEntry, type AuditRecord, type AuditAction, type AuditOutcome } from './record.js';
