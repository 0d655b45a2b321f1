// An import resolver (eslint-module-utils interface v2) that knows the `@/` alias of tsconfig.json and vite.config.ts,
// so eslint-plugin-boundaries sees `@/features/x` as the file it is, not as an npm package. Everything else goes to
// the node resolver with TypeScript's extensions.
const path = require('node:path');
const nodeResolver = require('eslint-import-resolver-node');

const src = path.join(__dirname, 'src');
const extensions = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.json'];

exports.interfaceVersion = 2;

exports.resolve = function resolve(source, file, config) {
  const target = source.startsWith('@/') ? path.join(src, source.slice(2)) : source;
  return nodeResolver.resolve(target, file, { extensions, ...config });
};
