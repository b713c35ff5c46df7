/**
 * The POSIX shell shims git runs as hooks. They only find and start the CLI; all logic is in
 * `stanch hook <name>`. The same text is shipped as hooks/pre-commit and hooks/pre-push (for
 * core.hooksPath, husky, lefthook) and written by `stanch hooks install`, which adds a call to
 * the hook it found there before (never clobbered: kept as `<name>.pre-stanch` and run first).
 */
export declare const HOOK_NAMES: readonly ["pre-commit", "pre-push"];
export type HookName = (typeof HOOK_NAMES)[number];
/** A line every stanch shim carries; install uses it to recognise its own hooks (idempotence). */
export declare const SHIM_MARKER = "# stanch-hook: v1";
/** Suffix of the renamed hook that existed before `stanch hooks install`. */
export declare const CHAINED_SUFFIX = ".pre-stanch";
/** The shim shipped in hooks/<name> (no chaining). */
export declare function hookShim(name: HookName): string;
/** The hook `stanch hooks install` writes: runs the previous hook (if any) first, then stanch. */
export declare function installedHook(name: HookName): string;
