import { strict as assert } from 'assert';
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** The characters a node matches, when it is a character, a class of characters and ranges, \s or \w (else undefined). */
function charactersOf(node: AST.Node, caseInsensitive: boolean): string[] | undefined {
  const cased = (code: number): string[] => {
    const character = String.fromCodePoint(code);
    return caseInsensitive ? [character, character.toLowerCase(), character.toUpperCase()] : [character];
  };
  const range = (from: string, to: string) => {
    const characters: string[] = [];
    for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) characters.push(String.fromCharCode(code));
    return characters;
  };
  if (node.type === 'Character') return cased(node.value);
  if (node.type === 'CharacterSet') {
    if (node.kind === 'any' || node.negate) return undefined;
    if (node.kind === 'space')
      return [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u202f', '\u3000', '\ufeff'];
    if (node.kind === 'word') return [...range('a', 'z'), ...range('A', 'Z'), ...range('0', '9'), '_'];
    return undefined;
  }
  if (node.type !== 'CharacterClass' || node.negate) return undefined;
  const characters: string[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') characters.push(...cased(element.value));
    else if (element.type === 'CharacterClassRange') {
      for (let code = element.min.value; code <= element.max.value; code++) characters.push(...cased(code));
    } else {
      const inner = charactersOf(element, caseInsensitive);
      if (!inner) return undefined;
      characters.push(...inner);
    }
  }
  return characters;
}

/**
 * The most runs (of `runOf`: neighbours of one run are one stretch) a path through a pattern consumes: its longest
 * path, a bounded repeat counted in full, an unbounded one as one run, which it must be (each character it can match of
 * the same run). A match attempt at s then reads at most this many runs from the one s is in, plus one (the character
 * after what it consumed), and the character before s (`\b`, `^`). Fails on a node it does not know (lookaround,
 * back-references) and on an unbounded repeat of more than one run.
 */
export function runsConsumed(source: string, caseInsensitive: boolean, runOf: (character: string) => string): number {
  const runs = (node: AST.Node): number => {
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        return Math.max(...node.alternatives.map(runs));
      case 'Alternative':
        return node.elements.reduce((sum, element) => sum + runs(element), 0);
      case 'Character':
      case 'CharacterClass':
      case 'CharacterSet':
        return 1;
      case 'Assertion':
        assert.ok(['start', 'end', 'word'].includes(node.kind), node.raw);
        return 0;
      case 'Quantifier': {
        if (node.max !== Infinity) return node.max * runs(node.element);
        const characters = charactersOf(node.element, caseInsensitive);
        assert.ok(characters, `an unbounded repeat of more than one run: ${node.raw}`);
        assert.equal(new Set(characters.map(runOf)).size, 1, `an unbounded repeat of more than one run: ${node.raw}`);
        return 1;
      }
      default:
        return assert.fail(`a regular expression node the bound does not know: ${node.type}`);
    }
  };
  return runs(new RegExpParser({ ecmaVersion: 2022 }).parsePattern(source, 0, source.length, { unicode: false }));
}
