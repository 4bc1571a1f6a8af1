import { build } from 'esbuild';

/**
 * The minified, tree-shaken bundle a bundler would make of `contents` (an entry written inline,
 * importing from the repository's sources), with the runtime dependencies left external and
 * non-ASCII text kept as is, so that a test can search it for what it must or must not carry.
 */
export async function bundleText(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    charset: 'utf8',
    treeShaking: true,
    platform: 'neutral',
    format: 'esm',
    mainFields: ['module', 'main'],
    external: ['fast-check', 'zod', '@date-fns/tz'],
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
