import { parsePosting } from '../document/parse';
import { profileSchema, selectProfile } from '../template/profiles';
import { genericBlock, genericBlocks } from './generic';
import { longDate } from './format';
import { deref } from '../template/schemaStore';
import { layoutFor } from './layout';
import { isRecord, PostingReader, type PostingView, type ViewBlock, type ViewOptions } from './view';

/** Reads what a posting text holds; bad or partial input gives a partial view, never an exception. */
export function buildView(text: string, options: ViewOptions = {}): PostingView {
  const parsed = parsePosting(text);
  const data = isRecord(parsed.data) ? parsed.data : {};
  const profile = selectProfile(data);
  const reader = new PostingReader(parsed, data, profileSchema(profile), options);
  const layout = layoutFor(profile.id);
  const banner = reader.banner(layout);
  const blocks = layout ? layout.blocks.flatMap((block) => reader.block(block)) : genericBlocks(reader);
  // A careers layout names the fields it prints; whatever else the posting holds follows under its own heading.
  if (layout) blocks.push(...leftoverBlocks(reader, [...viewTexts(banner), ...blocks.flatMap(blockTexts)]));
  return { profile, data, blocks, ...banner, careersSite: !!options.careersSite };
}

/** Every text a view shows, for telling whether a value is already printed. */
function viewTexts(banner: Pick<PostingView, 'title' | 'subtitle' | 'facts'>): string[] {
  return [banner.title?.text ?? '', ...banner.subtitle.map((item) => item.text), ...banner.facts.map((fact) => fact.value)];
}

export function blockTexts(block: ViewBlock): string[] {
  switch (block.kind) {
    case 'field':
      return [block.label, block.value];
    case 'section':
      return [block.title, ...block.blocks.flatMap(blockTexts)];
    case 'paragraphs':
      return block.paragraphs.map((paragraph) => paragraph.text);
    case 'labelled':
      return [block.label, block.text];
    case 'list':
      return block.items.map((item) => item.text);
    case 'rows':
      return block.rows.map((row) => row.text);
  }
}

/**
 * The parts of the data a layout did not print: each value none of whose texts the page already shows (a
 * supervisor named in the introduction, languages named in the statement) is rendered from the schema.
 */
function leftoverBlocks(reader: PostingReader, shown: string[]): ViewBlock[] {
  const printed = comparable(shown.join('\n'));
  // A code from a vocabulary (a level, a framework id) is not text of its own: the page shows it in other words.
  const isCode = (path: (string | number)[]) => {
    const node = reader.schemaAt(path);
    const schema = node && deref(node).schema;
    return !!schema && (Array.isArray(schema.enum) || schema['x-code'] === true);
  };
  const isShown = (path: (string | number)[], value: unknown): boolean => {
    if (typeof value === 'string') {
      const text = comparable(value);
      return (
        !text ||
        printed.includes(text) ||
        printed.includes(comparable(longDate(value))) ||
        printed.includes(comparable(reader.display(path))) ||
        isCode(path)
      );
    }
    if (typeof value === 'number') return printed.includes(String(value));
    if (Array.isArray(value)) return value.every((item, index) => isShown([...path, index], item));
    if (isRecord(value)) return Object.entries(value).every(([key, child]) => isShown([...path, key], child));
    return true; // booleans and nulls: their label/value line is the layout's business
  };
  const walk = (path: string[], value: Record<string, unknown>): ViewBlock[] =>
    Object.entries(value).flatMap(([key, child]) => {
      if (path.length === 0 && (key === 'profile' || key === '$schema')) return [];
      if (isShown([...path, key], child)) return [];
      const childPath = [...path, key];
      if (isRecord(child)) return walk(childPath, child);
      return genericBlock(reader, childPath, child);
    });
  return walk([], reader.data);
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
