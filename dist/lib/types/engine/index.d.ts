/** Public surface of the detection engine. */
export { createDetector } from './detector.js';
export { fingerprint, secretDigest } from './fingerprint.js';
export { redactSecret, redactText, REDACTION_MASK } from './redact.js';
export { shannonEntropy } from './entropy.js';
export { verifyChecksum, base62Crc32, crc32, isStructuralJwt, luhnValid } from './checksums.js';
export { isPlaceholderSecret } from './placeholder.js';
export { hasInlineAllow } from './allowlist.js';
export { compileRegex, resolveRegexBackend, REGEX_ENGINES } from './regex/index.js';
export type { CompiledRegex, RegexEngineChoice, RegexEngineName, RegexMatch } from './regex/index.js';
export { findDecodedSegments } from './decoders/index.js';
export type { DecodedSegment, DecoderName } from './decoders/index.js';
