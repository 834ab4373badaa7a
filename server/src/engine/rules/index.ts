import { closingRules } from './closing';
import { competencyRules } from './competencies';
import { contractRules } from './contract';
import { countryRules } from './country';
import { dateRules } from './dates';
import { dutyRules } from './duties';
import { eligibilityRules } from './eligibility';
import { gluedRules } from './glued';
import { inclusionRules } from './inclusion';
import { readabilityRules } from './readability';
import { languageRulesFamily } from './languages';
import { placeholderRules } from './placeholders';
import type { Rule } from './rule';
import { summaryRules } from './summary';
import { wordingRules } from './wording';

/** Every reviewer check, run in this order after the schema. */
export const rules: readonly Rule[] = [
  placeholderRules,
  dateRules,
  competencyRules,
  contractRules,
  countryRules,
  dutyRules,
  eligibilityRules,
  languageRulesFamily,
  closingRules,
  summaryRules,
  wordingRules,
  gluedRules,
  inclusionRules,
  readabilityRules,
];
