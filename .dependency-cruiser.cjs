// The engine's layers, lowest first: a folder imports only from its own layer's folder or from lower layers, so
// each layer can be read, tested and changed without the ones above it. `npm run lint` runs this.
const engine = '^server/src/engine/';
const layers = [
  ['text'],
  ['diagnostics'],
  ['document'],
  ['template', 'wording'],
  ['settings', 'schema'],
  ['rules'],
  ['check\\.ts'],
  ['authoring', 'render', 'import'],
  ['index\\.ts'],
];

const folder = (names) => `${engine}(${names.join('|')})($|/)`;

const layerRules = layers.flatMap((names, rank) => {
  const higher = layers.slice(rank + 1).flat();
  const siblings = names.length > 1 ? names : [];
  return [
    ...(higher.length
      ? [
          {
            name: `layer-${names.join('-')}`,
            comment: `${names.join(', ')} never import a higher layer of the engine`,
            severity: 'error',
            from: { path: folder(names) },
            to: { path: folder(higher) },
          },
        ]
      : []),
    ...siblings.map((name) => ({
      name: `layer-${name}-alone`,
      comment: `${name} does not import the other folders of its layer (${siblings.join(', ')})`,
      severity: 'error',
      from: { path: folder([name]) },
      to: { path: folder(siblings.filter((other) => other !== name)) },
    })),
  ];
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'No import cycles, not even through types: each module can be read after the ones it imports',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-is-pure',
      comment: 'The engine is plain functions over text and data: no LSP, CLI, Node I/O or VS Code',
      severity: 'error',
      from: { path: engine },
      to: { path: ['^server/src/(lsp|cli|node)/', '^server/src/(server|cli|launch)\\.ts$', '^client/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'engine-no-io',
      comment: 'The engine reads no files and talks to no process; server/src/node/ does that for it',
      severity: 'error',
      from: { path: engine },
      to: {
        path: '^(fs|fs/promises|child_process|net|worker_threads|vscode|vscode-languageserver.*)$',
        dependencyTypes: ['core', 'npm', 'npm-dev', 'unknown'],
      },
    },
    {
      name: 'client-stays-thin',
      comment: 'The client talks to the engine only through the language server (and the shared protocol module)',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/src/(engine|lsp|cli|node)/' },
    },
    {
      name: 'protocol-carries-no-engine',
      comment:
        'The shared protocol module gives the client names and types: from the engine only its format list (which imports nothing) and types',
      severity: 'error',
      from: { path: '^server/src/protocol\\.ts$' },
      to: { path: '^server/src/', pathNot: '^server/src/engine/render/formats\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'formats-import-nothing',
      comment: 'The format list is shared with the client through the protocol module, so it stays a leaf',
      severity: 'error',
      from: { path: '^server/src/engine/render/formats\\.ts$' },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.e2e)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
