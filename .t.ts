import { readFileSync } from 'fs';
import { importFromText } from './server/src/engine';
const r = importFromText(readFileSync(process.argv[2], 'utf8'));
console.log(r.layout, r.profileReason, JSON.stringify(r.findings));
console.log(r.yaml);
