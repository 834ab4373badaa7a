import { readFileSync } from 'fs';
import { assessReadiness, readinessText } from './server/src/engine/render/readiness';
(async () => {
  for (const f of process.argv.slice(2)) {
    const r = await assessReadiness(readFileSync(f, 'utf8'), { today: '2025-01-01' });
    console.log(f + '\n' + readinessText(r));
  }
})();
