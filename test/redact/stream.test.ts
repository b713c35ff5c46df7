import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createRedactor, createScanner, redactStream, StreamRedactor } from '../../src/lib/index.js';
import { fakeSecrets } from './fakes.js';

const s = fakeSecrets('stream');
const log = [
  'INFO starting',
  `DEBUG env GITHUB_TOKEN=${s.github}`,
  `aws_access_key_id = ${s.awsId}`,
  `aws_secret_access_key = ${s.awsSecret}`,
  'key follows',
  s.pem,
  'INFO done',
  '',
].join('\n');

async function collect(gen: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of gen) out += c;
  return out;
}

describe('stream redaction', () => {
  it('equals whole-text redaction when split at every offset', async () => {
    const scanner = await createScanner();
    const whole = scanner.redact(log);
    expect(whole).not.toContain(s.github);
    for (let cut = 0; cut <= log.length; cut++) {
      const r = new StreamRedactor(scanner, { maxSecretLength: 4096 });
      const out = r.push(log.slice(0, cut)) + r.push(log.slice(cut)) + r.end();
      if (out !== whole) throw new Error(`split at ${cut} differs`);
    }
  });

  it('handles many tiny chunks and a long stream with a small holdback', async () => {
    const scanner = await createScanner();
    const text = ('x'.repeat(300) + '\n').repeat(50) + log + ('y'.repeat(200) + '\n').repeat(50);
    const r = new StreamRedactor(scanner, { maxSecretLength: 4096 });
    let out = '';
    for (let i = 0; i < text.length; i += 7) out += r.push(text.slice(i, i + 7));
    out += r.end();
    expect(out).toBe(scanner.redact(text));
  });

  it('emits complete lines at once in line mode, holding an open key block', async () => {
    const scanner = await createScanner();
    const r = new StreamRedactor(scanner, { lineMode: true });
    expect(r.push(`t=${s.github}\npartial`)).toBe('t=[REDACTED:github-pat]\n');
    const pemLines = s.pem.split('\n');
    expect(r.push(`\n${pemLines[0]}\n${pemLines[1]}\n`)).toBe('partial\n');
    const rest = r.push(pemLines.slice(2).join('\n') + '\nafter\n') + r.end();
    expect(rest).toContain('[REDACTED:');
    expect(rest).toContain('after\n');
    expect(rest).not.toContain(pemLines[2]);
  });

  it('redacts through a Transform stream with a secret split across UTF-8 byte chunks', async () => {
    const bytes = Buffer.from(`é ${s.github} ü\n`);
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    const out = await collect(Readable.from(chunks).pipe(createRedactor()).setEncoding('utf8'));
    expect(out).toBe('é [REDACTED:github-pat] ü\n');
  });

  it('redactStream reports positions in the whole stream', async () => {
    const lines: number[] = [];
    const filler = 'z'.repeat(100) + '\n';
    const text = filler.repeat(300) + `k=${s.github}\n`;
    const chunks = text.match(/[\s\S]{1,333}/g) ?? [];
    const out = await collect(redactStream(Readable.from(chunks), { maxSecretLength: 512, onFinding: (e) => lines.push(e.line) }));
    expect(out.endsWith('k=[REDACTED:github-pat]\n')).toBe(true);
    expect(lines).toEqual([301]);
  });
});
