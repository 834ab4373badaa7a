import datesCatalogue from '../../../../schemas/rules/dates.json';
import { registerDiagnostics } from '../problems';
import { dateRules } from './dates';
import type { Rule } from './rule';

registerDiagnostics(datesCatalogue);

/** Every reviewer check, run in this order after the schema. */
export const rules: readonly Rule[] = [dateRules];
