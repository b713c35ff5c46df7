export { Scanner, createScanner } from './scanner.js';
export { StreamRedactor, createRedactor, redactStream, type StreamRedactOptions } from './stream.js';
export { DEFAULT_MARKER, type RedactOptions, type RedactionEvent } from './options.js';
