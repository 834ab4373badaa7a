import { readFileSync } from 'fs';
import { comparePostings, comparisonText, relatedFileProblems } from './server/src/engine';
const a = readFileSync('seeds/unhcr-japan-protection-associate-lica6.posting.yaml','utf8');
const b = a.replace('Conduct legal and policy advocacy work', 'Lead legal and policy advocacy work').replace(/education: .*/, 'education: PhD in law.').replace('deadline: 2024-11-08','deadline: 2024-11-15');
console.log(comparisonText(comparePostings(a,b), {before:'a',after:'b'}));
console.log(relatedFileProblems('based_on: a.yaml\n' + b, { basedOn: { file: 'a.yaml', text: a } }).map(p=>p.code+' '+p.message));
