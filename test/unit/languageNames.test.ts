import { strict as assert } from 'assert';
import { languageName, languagesNamedIn, namesLanguage, namesOf } from '../../server/src/engine/text/languages';

describe('language names and their aliases (schemas/vocabularies/languages.json)', () => {
  it('gives the English name of a language however a text writes it', () => {
    for (const [written, name] of [
      ['Kiswahili', 'Swahili'],
      ['Farsi', 'Persian'],
      ['Bahasa Indonesia', 'Indonesian'],
      ['Castilian', 'Spanish'],
      ['英語', 'English'],
      ['スワヒリ語', 'Swahili'],
      ['Dari', 'Dari'],
      ['Hausa', 'Hausa'],
      ['Pulaar', 'Fulfulde'],
      ['Kreyòl', 'Haitian Creole'],
      ['ロヒンギャ語', 'Rohingya'],
    ])
      assert.equal(languageName(written), name, written);
  });

  it('keeps Dari a language of its own, not Persian', () => {
    assert.ok(!namesOf('Persian').includes('Dari'));
    assert.ok(!namesLanguage('Knowledge of Dari is an asset.', 'Persian'));
  });

  it('finds a language named under any alias, as a whole word', () => {
    assert.ok(namesLanguage('Knowledge of Kiswahili is an asset.', 'Swahili'));
    assert.ok(namesLanguage('英語（必須）', 'English'));
    assert.ok(!namesLanguage('Thailand office', 'Thai'));
    assert.deepEqual(
      languagesNamedIn('英語、ミャンマー語、ダリー語ができる方').map((entry) => entry.language),
      ['English', 'Burmese', 'Dari'],
    );
  });

  it('knows the field languages postings ask for beyond the UN ones', () => {
    assert.deepEqual(
      languagesNamedIn('Fluency in English and Rohingya or Chittagonian; knowledge of Fulfulde, Kanuri or Hausa is an asset').map(
        (entry) => entry.language,
      ),
      ['English', 'Rohingya', 'Chittagonian', 'Fulfulde', 'Kanuri', 'Hausa'],
    );
  });
});
