/**
 * The typing stream: what an editor sends while an author types in one paragraph. Each keystroke is an incremental
 * change of one character at one position (TextDocumentSyncKind.Incremental), keys come in bursts 60 ms apart, and a
 * pause follows each burst. The same stream is replayed on the engine, on our server and on the baselines.
 */

/** What the author types, one character per key, again and again. It holds a gender-coded word ("support"). */
const typedText = 'and with the support of national partners, ';

export interface Keystroke {
  /** Offset of the insertion in the text before the key. */
  offset: number;
  /** The same position as the editor sends it. */
  position: { line: number; character: number };
  character: string;
}

export interface TypingPlan {
  bursts: number;
  keysPerBurst: number;
  /** Between two keys of a burst. */
  keyGapMs: number;
  /** After the last key of a burst, before the next burst. */
  pauseMs: number;
}

export const typingPlan = (bursts: number): TypingPlan => ({ bursts, keysPerBurst: 8, keyGapMs: 60, pauseMs: 400 });

/**
 * Where the author types: inside the first paragraph of the background (a block scalar, so every key keeps the
 * posting valid YAML, as typing prose does), at a word boundary in the middle of its third line, or of its last
 * line when the paragraph is shorter.
 */
export function typingOffset(text: string): number {
  const background = text.indexOf('\n  background: >');
  if (background < 0) throw new Error('The posting has no background to type in');
  let lineStart = text.indexOf('\n', background + 1) + 1;
  for (let i = 0; i < 2; i++) {
    const next = text.indexOf('\n', lineStart) + 1;
    if (!/^ {4}\S/.test(text.slice(next, next + 5))) break;
    lineStart = next;
  }
  const lineEnd = text.indexOf('\n', lineStart);
  const middle = text.indexOf(' ', lineStart + Math.floor((lineEnd - lineStart) / 2));
  if (middle < 0 || middle >= lineEnd) throw new Error('No word boundary in the line typed in');
  return middle + 1;
}

/** The keystrokes of `count` keys typed at `offset` in `text`, with the texts after each key. */
export function keystrokes(text: string, offset: number, count: number): { keys: Keystroke[]; texts: string[] } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  const keys: Keystroke[] = [];
  const texts: string[] = [];
  let typed = '';
  for (let i = 0; i < count; i++) {
    const next = typedText[i % typedText.length];
    keys.push({ offset: offset + i, position: { line, character: character + i }, character: next });
    typed += next;
    texts.push(before + typed + text.slice(offset));
  }
  return { keys, texts };
}
