import { dirname, isAbsolute, join } from 'path';
import { pathToFileURL } from 'url';
import { allDiagnosticCodes, diagnosticInfo, type Problem, type Severity } from '../../engine';
import type { FileReport, FormatContext, Formatter } from './report';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The rule catalogue as SARIF reporting descriptors: one per diagnostic code, with its help text. */
function reportingDescriptors() {
  return allDiagnosticCodes().map((code) => {
    const info = diagnosticInfo(code)!; // every listed code has its entry
    // Message templates have {placeholders}; a rule's short description reads better with an ellipsis.
    const summary = info.message.replace(/\{\w+\}/g, '…');
    return {
      id: code,
      name: code.replace(/(^|-)(\w)/g, (_whole, _dash: string, letter: string) => letter.toUpperCase()),
      shortDescription: { text: summary },
      fullDescription: { text: info.help || summary },
      help: { text: info.help || summary, markdown: info.help || summary },
      defaultConfiguration: { level: levels[info.severity] },
    };
  });
}

/** SARIF 2.1.0 for code-scanning upload: the rules catalogue in tool.driver.rules, one result per problem. */
export function sarif(context: FormatContext): Formatter {
  const rules = reportingDescriptors();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: unknown[] = [];
  return {
    file(report: FileReport) {
      for (const problem of report.problems) results.push(result(problem, report.file, ruleIndex));
      return '';
    },
    end() {
      const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'posting-lint', version: '0.1.0', rules } },
            originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(context.cwd).href}/` } },
            columnKind: 'utf16CodeUnits',
            results,
          },
        ],
      };
      return `${JSON.stringify(log, null, 2)}\n`;
    },
  };
}

function artifactLocationOf(file: string) {
  return isAbsolute(file)
    ? { uri: pathToFileURL(file).href }
    : // encodeURI leaves # and ? as they are: in a URI they would start a fragment or a query, not name a file.
      { uri: encodeURI(file.split('\\').join('/')).replace(/#/g, '%23').replace(/\?/g, '%3F'), uriBaseId: '%SRCROOT%' };
}

function regionOf({ start, end }: Problem['range']) {
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function result(problem: Problem, file: string, ruleIndex: Map<string, number>) {
  const artifactLocation = artifactLocationOf(file);
  // Related places (the statement contradicted; the same field in the other language version) as relatedLocations.
  const relatedLocations = (problem.related ?? []).map((related, id) => ({
    id,
    physicalLocation: {
      artifactLocation: related.file ? artifactLocationOf(join(dirname(file), related.file)) : artifactLocation,
      region: regionOf(related.range),
    },
    message: { text: related.message },
  }));
  return {
    ruleId: problem.code,
    ...(ruleIndex.has(problem.code) ? { ruleIndex: ruleIndex.get(problem.code) } : {}),
    level: levels[problem.severity],
    message: { text: problem.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: regionOf(problem.range),
        },
      },
    ],
    ...(relatedLocations.length ? { relatedLocations } : {}),
  };
}
