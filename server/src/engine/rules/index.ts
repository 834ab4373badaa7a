import closingCatalogue from '../../../../schemas/rules/closing.json';
import competenciesCatalogue from '../../../../schemas/rules/competencies.json';
import contractCatalogue from '../../../../schemas/rules/contract.json';
import datesCatalogue from '../../../../schemas/rules/dates.json';
import dutiesCatalogue from '../../../../schemas/rules/duties.json';
import eligibilityCatalogue from '../../../../schemas/rules/eligibility.json';
import languagesCatalogue from '../../../../schemas/rules/languages.json';
import wordingCatalogue from '../../../../schemas/rules/wording.json';
import { registerDiagnostics } from '../diagnostics/problems';
import { closingRules } from './closing';
import { competencyRules } from './competencies';
import { contractRules } from './contract';
import { dateRules } from './dates';
import { dutyRules } from './duties';
import { eligibilityRules } from './eligibility';
import { languageRulesFamily } from './languages';
import type { Rule } from './rule';
import { wordingRules } from './wording';

registerDiagnostics(datesCatalogue);
registerDiagnostics(competenciesCatalogue);
registerDiagnostics(contractCatalogue);
registerDiagnostics(dutiesCatalogue);
registerDiagnostics(eligibilityCatalogue);
registerDiagnostics(languagesCatalogue);
registerDiagnostics(closingCatalogue);
registerDiagnostics(wordingCatalogue);

/** Every reviewer check, run in this order after the schema. */
export const rules: readonly Rule[] = [
  dateRules,
  competencyRules,
  contractRules,
  dutyRules,
  eligibilityRules,
  languageRulesFamily,
  closingRules,
  wordingRules,
];
