/** Child process for the cross-process audit test: appends N records to the given log. */
import { AuditLog } from '../../src/audit/log.js';

const [file, who, count] = process.argv.slice(2);
const log = new AuditLog({ file });
for (let i = 0; i < Number(count); i++) {
  await log.append({ actor: who, action: 'read', uri: `env://X${i}`, outcome: 'ok' });
}
