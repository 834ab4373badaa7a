import { isFarAboveTarget, measure, readabilitySettings, sectionsOf } from '../wording/readability';
import type { EngineSettings } from '../settings/settings';
import type { Rule } from './rule';

/** The target grade: .postingrc.yaml parameters.readabilityTargetGrade, else the data's. */
export function targetGrade(parameters: Record<string, unknown>): number {
  const value = parameters.readabilityTargetGrade;
  return typeof value === 'number' && Number.isFinite(value) ? value : readabilitySettings.targetGrade;
}

/**
 * A section far above the project's target grade (English), or with long, kanji-heavy sentences (Japanese).
 * Reported once a project sets its target (parameters.readabilityTargetGrade) or turns a code on in `rules`:
 * formal UN texts (the standard accountability and background paragraphs) read well above grade 18, and a
 * posting should not light up before its team has chosen a target. The code lens shows every section's measures.
 */
/** Whether each readability code reports: once the project sets a target, or turns the code on in `rules`. */
export function readabilityChecks(settings: Pick<EngineSettings, 'parameters' | 'severities'>): (code: ReadabilityCode) => boolean {
  const { parameters, severities } = settings;
  const chosen = parameters.readabilityTargetGrade !== undefined;
  return (code) => (severities[code] ? severities[code] !== 'off' : chosen);
}

export type ReadabilityCode = 'readability-grade' | 'readability-japanese';

export const readabilityRules: Rule = {
  codes: ['readability-grade', 'readability-japanese'],
  check(context) {
    const { parameters } = context.settings;
    const enabled = readabilityChecks(context.settings);
    if (!enabled('readability-grade') && !enabled('readability-japanese')) return;
    const target = targetGrade(parameters);
    for (const section of sectionsOf(context.freeTexts('freeText'))) {
      if (readabilitySettings.excludedSections.includes(section.path[0])) continue;
      const measures = measure(section);
      if (!measures || !isFarAboveTarget(measures, target)) continue;
      const range = context.keyRange(section.path);
      if (measures.language === 'en') {
        if (!enabled('readability-grade')) continue;
        context.report(
          'readability-grade',
          range,
          { grade: measures.grade, ari: measures.ari, target, average: measures.averageWords },
          { path: section.path },
        );
      } else if (enabled('readability-japanese') && !readabilitySettings.japanese.exemptProfiles.includes(context.profile.id)) {
        const ja = readabilitySettings.japanese;
        context.report(
          'readability-japanese',
          range,
          {
            average: measures.averageCharacters,
            max: ja.maxSentenceCharacters,
            kanji: measures.kanjiPercent,
            maxKanji: Math.round(ja.maxKanjiShare * 100),
          },
          { path: section.path },
        );
      }
    }
  },
};
