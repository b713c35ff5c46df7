export { VaultStore, type VaultStoreOptions } from './store.js';
export { type VaultAuth, type VaultToken, login, lookupSelf, renewSelf, revokeSelf, renewalDelayMs } from './auth.js';
export { VaultError, type VaultFailure, sanitizeServerMessage, errorFromStatus, errorFromNetwork } from './errors.js';
export { VaultHttpClient, type VaultConnectionOptions, type VaultRequest, type VaultResponse, type VaultEnvelope } from './http.js';
export { type KvMetadata, type KvSecret, parseKvMetadata } from './kv.js';
export { type RetryPolicy, DEFAULT_RETRY, shouldRetry, backoffDelayMs, parseRetryAfter } from './retry.js';
export { type KvLocation, parseVaultUri, kvApiPaths, splitAtMount, parseMountInfo, encodePath } from './uri.js';
