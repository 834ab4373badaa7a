import { Document, isScalar, visit } from 'yaml';

/** The imported posting as YAML: `# posting` first, long text as folded blocks, missing fields named in a comment. */
export function postingYaml(
  data: Record<string, unknown>,
  missing: readonly string[],
  source = 'careers-site text',
  findings: readonly { line: number; message: string }[] = [],
): string {
  const document = new Document(data);
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && (node.value.length > 80 || node.value.includes('\n'))) {
        node.type = 'BLOCK_FOLDED';
      }
    },
  });
  const comments = ['# posting', `# Imported from ${source}. Parts that matched no section are kept under notes.`];
  if (missing.length) comments.push(`# Not in the text, please add: ${missing.join(', ')}`);
  for (const finding of findings) comments.push(`# Line ${finding.line} of the text: ${finding.message.replace(/\s+/g, ' ')}`);
  return `${comments.join('\n')}\n${document.toString({ lineWidth: 100, minContentWidth: 40 })}`;
}
