import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ENGINES, fixtureConfig, githubToken } from './helpers.js';

describe.each(ENGINES)('detector in a worker thread (%s)', (regexEngine) => {
  it('is built from a structured-cloned StanchConfig', async () => {
    const fragment = { text: `a\nt = ${githubToken()}\n`, path: 'src/a.ts' };
    const worker = new Worker(new URL('./fixtures/scan-worker.mjs', import.meta.url), {
      workerData: { config: fixtureConfig(), fragment, regexEngine },
    });
    const result = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(result).toEqual([{ ruleId: 'test-github-pat', startLine: 2 }]);
  });
});
