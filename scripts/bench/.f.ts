import { compileV8 } from '../../src/engine/regex/backend-v8.js';
import { re2ToJs } from '../../src/engine/regex/re2-to-js.js';
import { builtinRules } from '../../src/rules/load.js';
for (const r of builtinRules()) {
  if (!r.regex) continue;
  const c = compileV8(r.regex);
  if (c.engine !== 'v8') { let why = ''; try { const js = re2ToJs(r.regex); try { new RegExp(js.source, 'l'); } catch (e) { why = (e as Error).message.slice(-40); } } catch (e) { why = 'translate: ' + (e as Error).message; } console.log(r.id, r.keywords.join('|'), why, r.regex.slice(0, 120)); }
}
