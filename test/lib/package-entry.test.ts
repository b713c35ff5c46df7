/** The published entry: `import … from 'stanch'` resolves to the bundled dist/lib with its types. */
import { describe, expect, it } from 'vitest';
import { createRedactor, redact, redactValue, scanText, type RedactionEvent } from 'stanch';

describe("the 'stanch' package entry", () => {
  it('exports the redaction API from the bundle', async () => {
    const events: RedactionEvent[] = [];
    const value = ['Zq8#vLp2', 'Rk9!mT4w'].join('');
    const out = await redact(`password = "${value}"`, { onFinding: (e) => events.push(e) });
    expect(out).toBe('password = "[REDACTED:generic-password]"');
    expect(JSON.stringify(events)).not.toContain(value);
    expect(await scanText('nothing here')).toEqual([]);
    expect(await redactValue({ password: value })).toEqual({ password: '[REDACTED:generic-password]' });
    expect(typeof createRedactor().pipe).toBe('function');
  });
});
