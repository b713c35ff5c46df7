/**
 * Reads a secret value from standard input, never from argv (argv shows up in `ps` and shell history).
 * On a terminal: prompts on stderr and reads one line with echo off. From a pipe or file: reads
 * everything; one trailing newline is dropped unless keepNewline (what `echo`/`printf '%s\n'` add).
 */
import { EXIT, StanchError } from '../../model/errors.js';

export async function readSecretInput(opts: { prompt: string; keepNewline?: boolean; stdin?: NodeJS.ReadStream; stderr?: NodeJS.WriteStream }): Promise<string> {
  const stdin = opts.stdin ?? process.stdin;
  const stderr = opts.stderr ?? process.stderr;
  if (stdin.isTTY) return readHidden(stdin, stderr, opts.prompt);
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  let value = Buffer.concat(chunks).toString('utf8');
  if (!opts.keepNewline) value = value.replace(/\r?\n$/, '');
  return value;
}

function readHidden(stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // Echo off before the prompt appears, so nothing typed after it is ever shown.
    stdin.setRawMode(true);
    stderr.write(prompt);
    stdin.setEncoding('utf8');
    stdin.resume();
    let value = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done();
        if (ch === '\u0003') return done(new StanchError('cancelled', EXIT.USAGE));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
