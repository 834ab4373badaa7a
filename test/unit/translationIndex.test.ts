import { strict as assert } from 'assert';
import fc from 'fast-check';
import { TranslationIndex } from '../../server/src/node/relatedFiles';

const paths = ['/p/a.posting.yaml', '/p/b.posting.yaml', '/p/c.posting.yaml', '/p/d.posting.yaml', '/p/e.posting.yaml'];

type Step =
  | { kind: 'set'; path: string; target: string | undefined }
  | { kind: 'deleted'; path: string }
  | { kind: 'unreadable'; path: string }
  | { kind: 'reset' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      path: fc.constantFrom(...paths),
      target: fc.option(fc.constantFrom(...paths), { nil: undefined }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleted' as const), path: fc.constantFrom(...paths) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unreadable' as const), path: fc.constantFrom(...paths) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
);

describe('TranslationIndex.knownTranslationsOf (node/relatedFiles.ts)', () => {
  it('answers as a search of every recorded target did, in the same order, after any steps', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        // No file can be read: refresh forgets the path, as it does for a file gone from the disk.
        const index = new TranslationIndex(
          async () => [],
          async () => undefined,
        );
        // The model: a Map of each path's target, searched whole (what the index did before it kept sources).
        const model = new Map<string, string | undefined>();
        for (const each of steps) {
          if (each.kind === 'set') {
            index.setTarget(each.path, each.target);
            model.set(each.path, each.target);
          } else if (each.kind === 'deleted') {
            index.deleted(each.path);
            model.delete(each.path);
          } else if (each.kind === 'unreadable') {
            await index.refresh(each.path);
            model.delete(each.path);
          } else {
            index.reset();
            model.clear();
          }
          for (const path of paths) {
            const expected = [...model].filter(([, target]) => target === path).map(([source]) => source);
            assert.deepEqual(index.knownTranslationsOf(path), expected);
            assert.equal(index.knownTarget(path), model.get(path));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
