/**
 * The direction data flows in, enforced: each folder of src/ may import only from the folders below it.
 * Vocabulary (lib, which also names the two editions) at the bottom, then the interface strings of each edition (i18n);
 * then sources, figures and outside facts; charts; stories; what is built from stories (share cards, feed, discovery
 * files); the page shell and the parts and bodies of pages (components, layouts); the routes (pages), which read
 * what a page needs and hand it to its component; and above them config, what astro.config.mjs reads (the checked
 * environment and the build's own integrations). Browser code stands apart from build code.
 */
const LAYERS = [
  ['lib'],
  ['i18n'],
  ['sources'],
  ['figures', 'context'],
  ['charts'],
  ['stories'],
  ['share', 'discovery'],
  ['feed'],
  ['components', 'layouts'],
  ['pages', 'content.config.ts'],
  ['config'],
];

const above = (index) => LAYERS.slice(index + 1).flat();
const folders = (names) => `^src/(${names.join('|')})(/|$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file cycle makes load order matter and hides which module owns a concept.',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.flatMap((layer, index) =>
      layer.map((folder) => ({
        name: `layer-${folder.replace('.ts', '')}`,
        severity: 'error',
        comment: `src/${folder} may import only from the layers below it: ${LAYERS.slice(0, index).flat().join(', ') || 'none'}`,
        from: { path: folders([folder]) },
        to: { path: folders([...above(index), 'browser', ...layer.filter((name) => name !== folder)]) },
      })),
    ),
    {
      name: 'stories-are-built-once',
      severity: 'error',
      comment:
        'Only the stories loader transforms a story (through build.ts), once per build; everything else reads the built story from the collection (stories/built.ts).',
      from: { pathNot: '^src/(content\\.config\\.ts|stories/(loader|build|built|section)\\.ts)$' },
      to: { path: '^src/stories/(loader|build|transform)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-stays-in-the-browser',
      severity: 'error',
      comment:
        "src/browser runs in readers' browsers: it may import only the vocabulary (addresses, months, places, the figure index's record, retired figure ids, how Chinese runs are found in English text), the charts' shared types, and how a big number counts up.",
      from: { path: '^src/browser/' },
      to: {
        path: '^src/(?!browser/|lib/(urls|months|figure-index|places|retired-figures|chinese-runs)\\.ts$|charts/(frame|big-number/count)\\.ts$)',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'browser-has-no-node',
      severity: 'error',
      comment: 'Browser code cannot read the disk.',
      from: { path: '^src/browser/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-pages-load-browser-code',
      severity: 'error',
      comment: 'Build-time code must not pull in browser-only modules.',
      from: { path: '^src/', pathNot: '^src/(browser|components|pages|layouts)/' },
      to: { path: '^src/browser/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.svelte', '.astro'] },
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
  },
};
