import pkg from '../../../package.json' with { type: 'json' };

/** The package version, inlined into the bundle at build time. */
export const TOOL_VERSION: string = pkg.version;
