import { japaneseHeading } from '../template/headings';
import Validator, { type StructuredDataIssue } from '@adobe/structured-data-validator';
import table from '../../../../schemas/render/jsonld.json';
import { formatMessage, localizedInfo } from '../diagnostics/problems';
import { scalarText } from './format';
import { isRecord } from './view';

/** One finding of the publishing gate, with its stable code (schemas/rules/publishing.json) and message in the reader's language. */
export interface GateFinding {
  code: 'jsonld-required-missing' | 'jsonld-invalid' | 'jsonld-recommended-missing' | 'deadline-passed';
  /** refuse: the export does not go ahead; note: it does, with the note shown. */
  level: 'refuse' | 'note';
  /** The JobPosting property (`jobLocation.address.addressCountry`), or `deadline`. */
  property: string;
  /** The posting's field that fills it. */
  field: string;
  message: string;
}

export interface GateOptions {
  /** Today (YYYY-MM-DD), to tell an expired deadline; the caller's clock, so the engine stays pure. */
  today: string;
  /** Export even though the deadline has passed (`--force`, or the author confirmed). */
  force?: boolean;
  locale?: string;
}

// A JSON import is typed by its literal keys; looked up by any property name, it is a string table.
const gateFields: Readonly<Record<string, string | undefined>> = table.gateFields;

/**
 * Google's JobPosting rules over a JSON-LD object, by @adobe/structured-data-validator (offline: without the schema.org
 * vocabulary only the rich-result rules run). Required and invalid properties refuse the export; the recommended
 * ones Google lists become notes.
 */
export async function validateJobPostingJsonLd(jsonLd: Record<string, unknown>, locale?: string): Promise<GateFinding[]> {
  // The validator deletes its location marker from the item it is given: hand it a copy.
  const item = JSON.parse(JSON.stringify(jsonLd)) as Record<string, unknown>;
  const issues = await new Validator().validate({ jsonld: { JobPosting: [item] } });
  const findings: GateFinding[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    for (const property of propertiesOf(issue)) {
      const finding = findingFor(issue, property, locale);
      if (!finding || seen.has(`${finding.code} ${property}`)) continue;
      seen.add(`${finding.code} ${property}`);
      findings.push(finding);
    }
  }
  return findings;
}

/** `hiringOrganization` + `name` → `hiringOrganization.name`: the issue's place in the object, then its field. */
function propertiesOf(issue: StructuredDataIssue): string[] {
  const within = (issue.path ?? []).map((step) => step.property).filter((step): step is string => !!step);
  return (issue.fieldNames?.length ? issue.fieldNames : ['']).map((name) => [...within, name].filter(Boolean).join('.'));
}

function findingFor(issue: StructuredDataIssue, property: string, locale: string | undefined): GateFinding | undefined {
  const missing = /missing/i.test(issue.issueMessage);
  if (issue.severity === 'WARNING' && !table.gateRecommended.includes(property)) return undefined;
  const code = issue.severity === 'WARNING' ? 'jsonld-recommended-missing' : missing ? 'jsonld-required-missing' : 'jsonld-invalid';
  const field = gateFields[property] ?? gateFields[property.split('.')[0]] ?? property;
  return {
    code,
    level: code === 'jsonld-recommended-missing' ? 'note' : 'refuse',
    property,
    field,
    message: message(code, { property, field, field_ja: japaneseHeading(field) ?? field }, locale),
  };
}

function message(code: GateFinding['code'], params: Record<string, string>, locale: string | undefined): string {
  const info = localizedInfo(code, locale);
  return info ? formatMessage(info.message, params) : code;
}

/** The posting's deadline when it is a date before today; else undefined. */
export function passedDeadline(data: unknown, today: string): string | undefined {
  const deadline = isRecord(data) ? scalarText(data.deadline).trim() : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(deadline) && deadline < today ? deadline : undefined;
}

/**
 * What stands between a posting's JSON-LD and publishing it: the validator's findings, and an expired deadline unless
 * forced. The CLI (`--export jsonld`), the editor's export and the ready-to-publish checklist all ask this.
 */
export async function publishingGate(
  jsonLd: Record<string, unknown>,
  data: unknown,
  options: GateOptions,
): Promise<{ refused: GateFinding[]; notes: GateFinding[] }> {
  const findings = await validateJobPostingJsonLd(jsonLd, options.locale);
  const deadline = passedDeadline(data, options.today);
  if (deadline && !options.force) {
    findings.push({
      code: 'deadline-passed',
      level: 'refuse',
      property: 'validThrough',
      field: 'deadline',
      message: message('deadline-passed', { deadline }, options.locale),
    });
  }
  return { refused: findings.filter((f) => f.level === 'refuse'), notes: findings.filter((f) => f.level === 'note') };
}
