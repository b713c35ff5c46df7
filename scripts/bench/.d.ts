import fs from 'node:fs';
import { base64Decoder, hexDecoder, percentDecoder, escapeDecoder } from '../../src/engine/decoders/index.js';
const files = (fs.readdirSync('/tmp/tree50/t', { recursive: true }) as string[]).sort().map((f) => '/tmp/tree50/t/' + f).filter((p) => !fs.statSync(p).isDirectory()).map((p) => fs.readFileSync(p)).filter((b) => !b.subarray(0, 8000).includes(0)).map((b) => b.toString('utf8'));
const MB = files.reduce((n, t) => n + t.length, 0) / 1e6;
const cpu = (f: () => void) => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1e6; };
for (const d of [base64Decoder, hexDecoder, percentDecoder, escapeDecoder]) { let n = 0; const t = cpu(() => { for (const x of files) n += d.find(x).length; }); console.log(d.name, (MB / t).toFixed(0), 'MB/s', n); }
