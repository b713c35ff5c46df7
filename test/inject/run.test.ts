import { describe, expect, it } from 'vitest';
import { childEnv, runWithSecrets } from '../../src/inject/run.js';

const node = process.execPath;

describe('runWithSecrets', () => {
  it('gives the child the parent env plus the secrets and propagates the exit code', async () => {
    const code = await runWithSecrets({
      command: node,
      args: ['-e', 'process.exit(process.env.S === "a b\\nc" && process.env.KEEP === "1" ? 7 : 1)'],
      baseEnv: { PATH: process.env.PATH, KEEP: '1', S: 'overridden' },
      secrets: [{ name: 'S', value: 'a b\nc' }],
    });
    expect(code).toBe(7);
  });

  it('forwards SIGTERM to the child and reports 128+15', async () => {
    const code = await runWithSecrets({
      command: node,
      args: ['-e', 'setInterval(() => {}, 1000)'],
      baseEnv: { PATH: process.env.PATH },
      secrets: [],
      onSpawn: () => setTimeout(() => process.emit('SIGTERM' as never), 200),
    });
    expect(code).toBe(143);
  });

  it('reports a missing command as exit 127', async () => {
    await expect(runWithSecrets({ command: 'stanch-no-such-cmd', args: [], baseEnv: { PATH: process.env.PATH }, secrets: [] })).rejects.toMatchObject({
      exitCode: 127,
    });
  });

  it('refuses NUL in a value', () => {
    expect(() => childEnv({}, [{ name: 'X', value: 'a\0' }])).toThrow(/^X: .*NUL/);
  });
});
