import { readFileSync } from 'fs';
import { checkPosting } from '../server/src/engine';
const text = readFileSync('seeds/unhcr-japan-protection-associate-lica6.posting.yaml', 'utf8');
for (let i = 0; i < 400; i++) checkPosting(text);
