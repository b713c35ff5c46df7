import { describe, expect, it } from 'vitest';
import { SecretAccess } from '../../src/inject/access.js';
import { findReferences, renderTemplate } from '../../src/inject/template.js';
import { fake } from './helpers.js';

function envAccess(env: Record<string, string>) {
  return new SecretAccess({ stores: { env: { env } } });
}

describe('templates', () => {
  it('replaces [[stanch:URI]] references, with json and base64 filters, leaving {{ }} and ${ } alone', async () => {
    const pw = `${fake('pw')}"quoted"\n`;
    const token = fake('tok');
    const access = envAccess({ DB_PASSWORD: pw, API_TOKEN: token });
    const text = [
      'image: {{ .Values.image }}',
      'password: [[stanch:env://DB_PASSWORD]]',
      '{"token": [[ stanch:env://API_TOKEN | json ]], "pw": [[stanch:env://DB_PASSWORD|json]]}',
      'b64: [[stanch:env://API_TOKEN | base64]]',
      'shell: ${HOME} and \\[[stanch:env://NOT_RESOLVED]]',
    ].join('\n');
    const { output, uris } = await renderTemplate(text, 'c.tmpl', async (u) => (await access.get(u)).value);
    expect(output).toBe(
      [
        'image: {{ .Values.image }}',
        `password: ${pw}`,
        `{"token": ${JSON.stringify(token)}, "pw": ${JSON.stringify(pw)}}`,
        `b64: ${Buffer.from(token).toString('base64')}`,
        'shell: ${HOME} and [[stanch:env://NOT_RESOLVED]]',
      ].join('\n'),
    );
    expect(uris).toEqual(['env://DB_PASSWORD', 'env://API_TOKEN']);
  });

  it('names file:line for an unresolved reference', async () => {
    const access = envAccess({});
    await expect(renderTemplate('a\nb\nx: [[stanch:env://MISSING_ONE]]\n', 'conf/app.tmpl', async (u) => (await access.get(u)).value)).rejects.toThrow(
      /^conf\/app\.tmpl:3: cannot resolve env:\/\/MISSING_ONE: .*not set/,
    );
  });

  it('names file:line for malformed references and unknown filters', () => {
    expect(() => findReferences('ok\n[[stanch:env://A', 't')).toThrow(/^t:2: malformed reference/);
    expect(() => findReferences('[[stanch:env://A | upper]]', 't')).toThrow(/^t:1: unknown filter "upper"/);
    expect(() => findReferences('\n\n[[stanch:nope]]', 't')).toThrow(/^t:3: store URI "nope"/);
  });
});
