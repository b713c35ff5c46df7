/**
 * Every CLI subcommand, in help order. To add one: write commands/<name>.ts exporting
 * `register(program)`, then add it to this list (one import, one entry).
 */
import type { Command } from 'commander';
import * as scan from './scan.js';
import * as baseline from './baseline.js';
import * as history from './history.js';
import * as staged from './staged.js';
import * as hook from './hook.js';
import * as hooks from './hooks.js';
import * as redact from './redact.js';
import * as rotate from './rotate.js';
import * as version from './version.js';
import * as inject from './inject.js';
import * as run from './run.js';
import * as secrets from './secrets.js';
import * as audit from './audit.js';

export interface CommandModule {
  register(program: Command): void;
}

export const commands: readonly CommandModule[] = [scan, baseline, history, staged, hook, hooks, redact, inject, run, secrets, audit, rotate, version];
