export { SopsStore, type SopsStoreOptions } from './store.js';
export { decryptSops, encryptSops, formatForPath, parseSopsDocument, plaintextOf, sopsDecryptBytes, sopsEncryptBytes, type DecryptedSops, type SopsDecryptOptions, type SopsEncryptOptions, } from './file.js';
export { parseAgeIdentities } from './age.js';
export { parseKeyPath, formatKeyPath } from './keypath.js';
export type { CryptRules } from './tree.js';
export type { SopsFormat, SopsDocument } from './formats/types.js';
