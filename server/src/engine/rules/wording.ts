import { profileSchema } from '../template/profiles';
import { schemaAtPath } from '../template/schemaStore';
import wordingCatalogue from '../../../../schemas/rules/wording.json';
import requirementData from '../../../../schemas/wording/requirements.json';
import { acronymFindings, acronymUses } from '../wording/acronyms';
import { spanOf, type FreeText } from '../wording/freeText';
import { scoreOf, sideToHint, tallyCodedWords, wordingLabel } from '../wording';
import {
  countRequirements,
  exclusionaryRequirements,
  longSentences,
  maxEssentialRequirements,
  maxSentenceWords,
} from '../wording/requirements';
import { dataPattern } from '../text/patterns';
import type { Rule, RuleContext } from './rule';
import type { Range } from '../text/positions';
import type { Path } from '../document/yamlNodes';

/** The range of a span of a free text, worked out when the report needs it (not for problems only counted). */
function rangeIn(context: RuleContext, text: FreeText, start: number, end: number): () => Range {
  return () => context.lines.range(...spanOf(text, start, end));
}

function genderCodedWords(context: RuleContext, texts: FreeText[]): void {
  // Counted, not listed: a runaway duty ("lead " 300,000 times) makes an object only for the words reported.
  const tally = tallyCodedWords(texts);
  const balance = scoreOf(tally.total.feminine, tally.total.masculine);
  const coding = sideToHint(balance.score);
  if (!coding) return;
  // Every hinted word has the side's coding; the labels are looked up once, not per word.
  const labels = {
    coding: wordingLabel(coding, 'en'),
    coding_ja: wordingLabel(coding, 'ja'),
    balance: wordingLabel(balance.label, 'en'),
    balance_ja: wordingLabel(balance.label, 'ja'),
  };
  let i = 0;
  for (const word of tally.words(coding)) {
    if (
      !context.wants('gender-coded-word') &&
      context.reportMany('gender-coded-word', tally.total[coding] - i, rangeIn(context, word.text, word.start, word.end))
    ) {
      break;
    }
    i++;
    context.report(
      'gender-coded-word',
      rangeIn(context, word.text, word.start, word.end),
      { word: word.word, ...labels },
      { path: word.text.path, coding: word.coding },
    );
  }
}

function acronyms(context: RuleContext, texts: FreeText[]): void {
  // Never-defined acronyms are opt-in (enabledByDefault: false in the catalogue): a posting that lost its
  // background section would otherwise light up with every acronym the background spelled out.
  const setting = context.settings.severities['acronym-undefined'];
  const reportUndefined = setting ? setting !== 'off' : wordingCatalogue['acronym-undefined'].enabledByDefault;
  // "Manica Smallholder Farmers Alliance (MSFA)" as the organisation: the posting spells out the short name at its head.
  const organization = typeof context.data.organization === 'string' ? context.data.organization : '';
  const initials = organization
    .split(/[\s(),]+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !/^(?:OF|FOR|AND|THE|ON|IN|TO)$/.test(word))
    .map((word) => word[0])
    .join('');
  const namedByOrganization = (key: string) => organization.includes(`(${key})`) || (key.length >= 3 && initials.startsWith(key));
  // Fields in the order the exports print them (the profile's sections); a field the profile does not name comes last.
  const sections = Object.keys(schemaAtPath(profileSchema(context.profile), [])?.schema.properties ?? {});
  const readingOrder = (key: string) => (sections.includes(key) ? sections.indexOf(key) : sections.length);
  for (const finding of acronymFindings(acronymUses(texts), readingOrder)) {
    const { use } = finding;
    if (namedByOrganization(use.key)) continue;
    const range = rangeIn(context, use.text, use.start, use.end);
    if (finding.kind === 'before-definition' && finding.definition) {
      const definedAt = context.lines.positionAt(spanOf(finding.definition.text, finding.definition.start, finding.definition.end)[0]);
      context.report('acronym-before-definition', range, { acronym: use.acronym, line: definedAt.line + 1 }, { path: use.text.path });
    } else if (finding.kind === 'undefined' && reportUndefined) {
      context.report('acronym-undefined', range, { acronym: use.acronym }, { path: use.text.path });
    }
  }
}

function requirements(context: RuleContext, texts: FreeText[]): void {
  const programme = dataPattern(requirementData.programmesWithAgeLimit);
  const byRule = ['affiliate_type', 'organization', 'title'].some((key) => programme.test(context.text([key]) ?? ''));
  const findings = exclusionaryRequirements(texts, context.profile.id, new Set(context.freeTexts('setting')), byRule);
  for (const [i, finding] of findings.entries()) {
    const rest = findings.length - i;
    if (
      !context.wants('exclusionary-requirement') &&
      context.reportMany('exclusionary-requirement', rest, rangeIn(context, finding.text, finding.start, finding.end))
    ) {
      break;
    }
    const reason = requirementData.reasons[finding.kind];
    context.report(
      'exclusionary-requirement',
      rangeIn(context, finding.text, finding.start, finding.end),
      { text: finding.text.value.slice(finding.start, finding.end), reason: reason.en, reason_ja: reason.ja },
      { path: finding.text.path, kind: finding.kind },
    );
  }
  for (const path of nativeLevelPaths(context)) {
    const reason = requirementData.reasons['native-speaker'];
    context.report(
      'exclusionary-requirement',
      context.valueRange(path),
      { text: `level: ${String(context.get(path))}`, reason: reason.en, reason_ja: reason.ja },
      { path, kind: 'native-speaker', suggestions: ['fluent'] },
    );
  }
  const essential = context.freeTexts('essentialRequirements');
  const count = countRequirements(essential);
  if (essential.length && count > maxEssentialRequirements) {
    const path = essential[0].path.filter((segment) => typeof segment === 'string');
    context.report('too-many-requirements', context.keyRange(path), { count, max: maxEssentialRequirements }, { path });
  }
}

/** Paths of `level: native` in any list of languages: the structured form of a native-speaker requirement. */
/** The paths of language levels given as "native" (a `level` field of a record under `languages`), in document order. */
function nativeLevelPaths(context: RuleContext): Path[] {
  // The data index has every `level` field's path from its one walk: no walk of the data of its own.
  return context.pathsOfKey('level').filter((path) => {
    const level = context.get(path);
    return path.slice(0, -1).includes('languages') && typeof level === 'string' && level.toLowerCase() === 'native';
  });
}

function sentences(context: RuleContext): void {
  const duties = context.freeTexts('duties');
  for (const sentence of longSentences(duties)) {
    context.report(
      'long-sentence',
      rangeIn(context, sentence.text, sentence.start, sentence.end),
      { words: sentence.words, max: maxSentenceWords },
      { path: sentence.text.path },
    );
  }
}

/** Wording checks on free text only: gender-coded words, acronyms, exclusionary requirements, long sentences. */
export const wordingRules: Rule = {
  codes: [
    'gender-coded-word',
    'acronym-before-definition',
    'acronym-undefined',
    'exclusionary-requirement',
    'too-many-requirements',
    'long-sentence',
  ],
  check(context) {
    const texts = context.freeTexts('freeText');
    genderCodedWords(context, texts);
    acronyms(context, texts);
    requirements(context, texts);
    sentences(context);
  },
};
