/**
 * The layers of pressroom, checked in CI (`make check`). From the bottom up:
 *   content model (content/, schema/, yaml/, diagnostics/, languages/) → config/ →
 *   stages/ and lint/ (checking) → transform/ (Markdown → HTML tree) → render/ (formats) →
 *   build/, check.ts, build.ts → dev/ (the writer's loop) → cli/.
 * Each rule says what a layer must not reach up to, and why.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle of load-time imports makes modules impossible to read, test or load on their own. Type-only imports and lazy `import()` (the format registry loads each renderer on first use) never run at load time, so they do not make one.',
      from: { path: '^pipeline/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'content-model-is-the-bottom',
      severity: 'error',
      comment: 'The content model (and the small helpers beside it) is shared by lint and render: it imports nothing above it.',
      from: { path: '^pipeline/(content|schema|yaml|diagnostics|languages)/' },
      to: { path: '^pipeline/(config/load|stages|lint|transform|render|build|cli)|^pipeline/(check|build|cli)\\.ts$' },
    },
    {
      name: 'config-below-the-stages',
      severity: 'error',
      comment: 'The config is read before any stage runs; it does not know about lint rules or renderers.',
      from: { path: '^pipeline/config/' },
      to: { path: '^pipeline/(stages|lint|transform|render|build|cli)/|^pipeline/(check|build|cli)\\.ts$' },
    },
    {
      name: 'lint-does-not-render',
      severity: 'error',
      comment: 'Lint checks the source; what a format does with it is the renderers\u2019 business.',
      from: { path: '^pipeline/(lint|stages)/' },
      to: { path: '^pipeline/(render|build|cli)/|^pipeline/(build|cli)\\.ts$' },
    },
    {
      name: 'transform-is-below-render',
      severity: 'error',
      comment: 'The shared Markdown \u2192 HTML-tree transform serves every format and knows none of them.',
      from: { path: '^pipeline/transform/' },
      to: { path: '^pipeline/(stages|lint|render|build|cli)/|^pipeline/(check|build|cli)\\.ts$' },
    },
    {
      name: 'render-does-not-check',
      severity: 'error',
      comment: 'Renderers receive checked articles and a build context; they never load, parse, validate or lint again.',
      from: { path: '^pipeline/render/' },
      to: { path: '^pipeline/(stages|lint|cli)/|^pipeline/(check|build|cli)\\.ts$|^pipeline/config/load\\.ts$' },
    },
    {
      name: 'formats-are-independent',
      severity: 'error',
      comment: 'One output format never imports another: what they share lives in render/, transform/ or content/.',
      from: { path: '^pipeline/render/(html|pdf|epub)(/|\\.ts$)' },
      to: { path: '^pipeline/render/(html|pdf|epub)(/|\\.ts$)', pathNot: '^pipeline/render/$1(/|\\.ts$)' },
    },
    {
      name: 'dev-is-on-top-of-build',
      severity: 'error',
      comment: 'The writer\u2019s loop (`pressroom dev`) runs the normal build and serves its output: only the CLI starts it, and it never reaches into the CLI.',
      from: { path: '^pipeline/', pathNot: '^pipeline/(cli/|cli\\.ts$|dev/)' },
      to: { path: '^pipeline/dev/' },
    },
    {
      name: 'dev-does-not-reach-the-cli',
      severity: 'error',
      comment: 'Printing is the CLI\u2019s business: the session reports through its hooks.',
      from: { path: '^pipeline/dev/' },
      to: { path: '^pipeline/cli/|^pipeline/cli\\.ts$' },
    },
    {
      name: 'tests-are-not-imported',
      severity: 'error',
      comment: 'The pipeline never depends on its tests.',
      from: { path: '^pipeline/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
