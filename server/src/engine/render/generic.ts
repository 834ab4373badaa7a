import { deref } from '../template/schemaStore';
import { scalarText } from './format';
import { isRecord, type PostingReader, type ViewBlock } from './view';

/** Fields the banner already shows (title line and subtitle). */
const bannerKeys = new Set(['title', 'organization', 'duty_station', 'country', 'profile', '$schema']);

/** For a profile without a careers layout: every field present, in the schema's property order, under its title. */
export function genericBlocks(reader: PostingReader): ViewBlock[] {
  return blocksFor(reader, [], reader.data);
}

function blocksFor(reader: PostingReader, path: (string | number)[], value: Record<string, unknown>): ViewBlock[] {
  const schema = reader.schemaAt(path);
  const ordered = Object.keys(schema ? (deref(schema).schema.properties ?? {}) : {});
  const keys = [...ordered.filter((key) => key in value), ...Object.keys(value).filter((key) => !ordered.includes(key))];
  return keys.filter((key) => !(path.length === 0 && bannerKeys.has(key))).flatMap((key) => blockFor(reader, [...path, key], value[key]));
}

export function genericBlock(reader: PostingReader, path: (string | number)[], value: unknown): ViewBlock[] {
  return blockFor(reader, path, value);
}

function blockFor(reader: PostingReader, path: (string | number)[], value: unknown): ViewBlock[] {
  const title = reader.title(path);
  const line = reader.line(path);
  if (isRecord(value)) {
    const blocks = blocksFor(reader, path, value);
    return blocks.length ? [{ kind: 'section', title, blocks, line, colon: true }] : [];
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item, index) => ({
        text: isRecord(item) ? describeRecord(reader, [...path, index], item) : scalarText(item).trim(),
        line: reader.line([...path, index]),
      }))
      .filter((item) => item.text);
    return [{ kind: 'section', title, colon: true, line, blocks: items.length ? [{ kind: 'list', style: 'bulleted', items, line }] : [] }];
  }
  const text = reader.display(path).trim();
  if (!text) return [];
  // Prose (several paragraphs, or a long sentence) reads better under its own heading than as a label/value line.
  if (text.includes('\n') || text.length > 120) {
    const paragraphs = text.split(/\n+/).map((paragraph) => ({ text: paragraph.trim(), line: reader.paragraphLine(path, paragraph) }));
    return [{ kind: 'section', title, colon: true, line, blocks: [{ kind: 'paragraphs', paragraphs }] }];
  }
  return [{ kind: 'field', label: title, value: text, line }];
}

/** A list item that is a mapping (e.g. a language with its level) as one line: `English, fluent, required: Yes`. */
function describeRecord(reader: PostingReader, path: (string | number)[], item: Record<string, unknown>): string {
  return Object.entries(item)
    .filter(([, value]) => !isRecord(value) && !Array.isArray(value) && scalarText(value) !== '')
    .map(([key, value]) => `${reader.title([...path, key])}: ${scalarText(value)}`)
    .join(', ');
}
