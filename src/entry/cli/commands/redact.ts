/** `stanch redact [FILE|-]`: copies a stream to stdout with secrets replaced, line by line. */
import { createReadStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../../config/load.js';
import { EXIT, StanchError } from '../../../model/errors.js';
import { createRedactor } from '../../../redact/stream.js';
import type { RedactionEvent } from '../../../redact/options.js';
import { parseConfidenceOption, parseSizeOption } from '../io.js';

interface RedactCommandOptions {
  config?: string;
  minConfidence?: string;
  rule: string[];
  excludeRule: string[];
  marker?: string;
  maxSecretLength?: string;
  buffered?: boolean;
  failOnFinding?: boolean;
  quiet?: boolean;
}

const collect = (v: string, prev: string[]): string[] => [...prev, ...v.split(',').filter(Boolean)];

export function register(program: Command): void {
  program
    .command('redact')
    .description('copy FILE (or stdin) to stdout with secrets replaced by [REDACTED:<rule>]; alerts go to stderr')
    .argument('[file]', 'file to read, or - for standard input', '-')
    .option('-c, --config <file>', 'config file (default: .stanch.toml or .gitleaks.toml in the cwd)')
    .option('--min-confidence <n>', 'redact only findings whose rule confidence is at least N (0..1)')
    .option('--rule <ids>', 'only these rule ids (comma-separated, repeatable)', collect, [])
    .option('--exclude-rule <ids>', 'never these rule ids (comma-separated, repeatable)', collect, [])
    .option('--marker <text>', 'replacement text; {rule} becomes the rule id', '[REDACTED:{rule}]')
    .option('--max-secret-length <size>', 'longest text a secret can span (held back until complete)', '8k')
    .option('--buffered', 'hold output in blocks instead of emitting every complete line at once')
    .option('--fail-on-finding', `exit ${EXIT.FINDINGS} when anything was redacted`)
    .option('-q, --quiet', 'no alerts on stderr')
    .action(async (file: string, opts: RedactCommandOptions) => {
      if (file !== '-' && !existsSync(file)) throw new StanchError(`${file}: no such file`, EXIT.USAGE);
      const { config } = loadConfig({ dir: process.cwd(), configPath: opts.config });
      let count = 0;
      const alert = (e: RedactionEvent): void => {
        count++;
        if (!opts.quiet) process.stderr.write(`stanch: redacted ${e.ruleId} (${e.severity}) at line ${e.line}:${e.column} [${e.fingerprint}]\n`);
      };
      const input = file === '-' ? process.stdin : createReadStream(file);
      const redactor = createRedactor({
        config,
        minConfidence: opts.minConfidence !== undefined ? parseConfidenceOption(opts.minConfidence) : undefined,
        includeRules: opts.rule,
        excludeRules: opts.excludeRule,
        marker: opts.marker,
        maxSecretLength: parseSizeOption(opts.maxSecretLength ?? '8k'),
        lineMode: !opts.buffered,
        onFinding: alert,
      });
      await pipeline(input, redactor, process.stdout);
      process.exitCode = count > 0 && opts.failOnFinding ? EXIT.FINDINGS : EXIT.OK;
    });
}
