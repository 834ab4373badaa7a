import { parsePosting } from '../document/parse';
import { profileSchema, selectProfile } from '../template/profiles';
import { genericBlocks } from './generic';
import { layoutFor } from './layout';
import { isRecord, PostingReader, type PostingView } from './view';

/** Reads what a posting text holds; bad or partial input gives a partial view, never an exception. */
export function buildView(text: string): PostingView {
  const parsed = parsePosting(text);
  const data = isRecord(parsed.data) ? parsed.data : {};
  const profile = selectProfile(data);
  const reader = new PostingReader(parsed, data, profileSchema(profile));
  const layout = layoutFor(profile.id);
  const blocks = layout ? layout.blocks.flatMap((block) => reader.block(block)) : genericBlocks(reader);
  return { profile, data, blocks, ...reader.banner(layout) };
}
