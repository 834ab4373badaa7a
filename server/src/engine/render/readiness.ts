import data from '../../../../schemas/render/readiness.json';
import { checkPosting } from '../check';
import type { Problem } from '../diagnostics/problems';
import { defaultSettings, type EngineSettings } from '../settings/settings';
import { languageOf, postingBalance, wordingLabel, type Language } from '../wording';
import { escapeHtml, scalarText } from './format';
import { buildView } from './buildView';
import { renderJsonLd } from './jsonld';
import { validateJobPostingJsonLd } from './publishGate';
import { isRecord } from './view';

export type ReadinessId = 'sections' | 'reviewer' | 'placeholders' | 'wording' | 'readability' | 'accommodation' | 'jsonld' | 'deadline';

/** One line of the checklist: ✔ when ok, with what it found in the reader's language. */
export interface ReadinessLine {
  id: ReadinessId;
  ok: boolean;
  label: string;
  detail: string;
  /** The diagnostic codes (or JSON-LD properties) behind a ✗. */
  found: string[];
}

export interface Readiness {
  ready: boolean;
  title: string;
  /** "Ready to publish" or "3 of 8 checks to do before publishing". */
  summary: string;
  lines: ReadinessLine[];
}

export interface ReadinessOptions {
  /** Today (YYYY-MM-DD), the caller's clock: the engine stays pure. */
  today: string;
  settings?: EngineSettings;
  /** Problems from the posting's related files (based_on:, translation_of:), read by the caller: reviewer checks too. */
  related?: Problem[];
}

type Texts = { en: string; ja: string };
interface LineSpec {
  id: ReadinessId;
  label: Texts;
  codes?: string[];
  rest?: boolean;
  failingBalance?: string[];
}

// The data's ids are ReadinessIds (a JSON import types them as strings); the readiness tests check all eight lines.
const specs = data.lines as LineSpec[];
const claimed = new Set(specs.flatMap((spec) => spec.codes ?? []));
/** Findings about the export itself are the JSON-LD line's, not the reviewer's. */
const notReviewer = new Set(['too-many-problems', 'multiple-documents', 'invalid-character']);

/**
 * The "Ready to publish?" checklist of one posting: sections complete, reviewer checks, placeholders gone, wording
 * balance, readability, accommodation statement, JSON-LD valid, deadline in the future. One line per check, from the
 * same check the editor shows, so the preview's header and `posting-lint --summary` agree.
 */
export async function assessReadiness(text: string, options: ReadinessOptions): Promise<Readiness> {
  const settings = options.settings ?? defaultSettings;
  const language = languageOf(settings.locale);
  const checked = checkPosting(text, settings);
  const { parsed } = checked;
  const problems = [...checked.problems, ...(options.related ?? [])];
  const lines: ReadinessLine[] = [];
  for (const spec of specs) {
    const label = spec.label[language];
    if (spec.id === 'jsonld') lines.push(await jsonLdLine(text, options.today, label, language, settings.locale));
    else if (spec.id === 'deadline') lines.push(deadlineLine(parsed.data, options.today, label, language));
    else {
      const found = problems.filter((problem) => belongs(problem, spec));
      const codes = [...new Set(found.map((problem) => problem.code))];
      let detail = codes.length ? fill(data.details.problems[language], { count: found.length, codes: codes.join(', ') }) : '';
      let ok = !codes.length;
      if (spec.failingBalance && parsed.document && !parsed.document.errors.length) {
        const balance = postingBalance(parsed.document, text);
        if (spec.failingBalance.includes(balance.label)) {
          ok = false;
          codes.push(balance.label);
          const wording = fill(data.details.balance[language], { label: wordingLabel(balance.label, language) });
          detail = [wording, detail].filter(Boolean).join('; ');
        }
      }
      lines.push({ id: spec.id, ok, label, detail: detail || data.details.clear[language], found: codes });
    }
  }
  const failing = lines.filter((line) => !line.ok).length;
  return {
    ready: failing === 0,
    title: data.title[language],
    summary: failing ? fill(data.notReady[language], { count: failing, total: lines.length }) : data.ready[language],
    lines,
  };
}

function belongs(problem: Problem, spec: LineSpec): boolean {
  if (spec.codes) return spec.codes.includes(problem.code);
  if (spec.rest) {
    return (problem.severity === 'error' || problem.severity === 'warning') && !claimed.has(problem.code) && !notReviewer.has(problem.code);
  }
  return false;
}

async function jsonLdLine(text: string, today: string, label: string, language: Language, locale?: string): Promise<ReadinessLine> {
  const view = buildView(text);
  const findings = await validateJobPostingJsonLd(renderJsonLd(view, { today }), locale);
  const refused = [...new Set(findings.filter((finding) => finding.level === 'refuse').map((finding) => finding.property))];
  return {
    id: 'jsonld',
    ok: !refused.length,
    label,
    detail: refused.length
      ? fill(data.details.jsonldMissing[language], { properties: refused.join(', ') })
      : data.details.jsonldOk[language],
    found: refused,
  };
}

function deadlineLine(postingData: unknown, today: string, label: string, language: Language): ReadinessLine {
  const deadline = isRecord(postingData) ? scalarText(postingData.deadline).trim() : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) {
    return { id: 'deadline', ok: false, label, detail: data.details.deadlineMissing[language], found: ['deadline'] };
  }
  const open = deadline >= today;
  const detail = fill(open ? data.details.deadlineOpen[language] : data.details.deadlinePassed[language], { deadline });
  return { id: 'deadline', ok: open, label, detail, found: open ? [] : ['deadline'] };
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The checklist as plain text lines (posting-lint --summary): "✔ Sections complete — nothing to fix". */
export function readinessText(readiness: Readiness): string {
  const lines = readiness.lines.map((line) => `  ${line.ok ? '✔' : '✗'} ${line.label} — ${line.detail}`);
  return [`${readiness.title} — ${readiness.summary}`, ...lines].join('\n');
}

/** The checklist as the preview's header: a list with ✔/✗ per line (every text escaped). */
export function readinessHtml(readiness: Readiness): string {
  const items = readiness.lines.map(
    (line) =>
      `<li class="readiness-${line.ok ? 'ok' : 'todo'}" data-check="${line.id}"><span class="readiness-mark" aria-label="${line.ok ? 'ok' : 'to do'}">${line.ok ? '✔' : '✗'}</span> <span class="readiness-label">${escapeHtml(line.label)}</span> <span class="readiness-detail">${escapeHtml(line.detail)}</span></li>`,
  );
  return [
    `<header class="readiness" data-ready="${readiness.ready}">`,
    `<h2 class="readiness-title">${escapeHtml(readiness.title)} <span class="readiness-summary">${escapeHtml(readiness.summary)}</span></h2>`,
    `<ul class="readiness-lines">${items.join('')}</ul>`,
    '</header>',
  ].join('\n');
}
