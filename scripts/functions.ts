import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const FUNCTIONS_DIR = join(ROOT, 'cloudfunctions');

/** Every cloud function: a folder of cloudfunctions/ with an index.ts entry. */
export function functionNames(): string[] {
  return readdirSync(FUNCTIONS_DIR)
    .filter((name) => existsSync(join(FUNCTIONS_DIR, name, 'index.ts')))
    .sort();
}

/** Packages the cloud installs from each function's package.json (上传并部署：云端安装依赖) instead of the bundle carrying them. */
export const CLOUD_INSTALLED = ['wx-server-sdk'] as const;

/**
 * A built function: `bytes` the whole index.js; `ownBytes` the part from this repository (what the
 * budget counts, docs/architecture.md "Budgets"); `vendoredBytes` the packages bundled in (zod).
 */
export type BuiltFunction = { name: string; bytes: number; ownBytes: number; vendoredBytes: number };

/**
 * Bundles each cloudfunctions/<fn>/index.ts with what it imports into cloudfunctions/<fn>/index.js,
 * the deployable file WeChat DevTools or the CloudBase CLI uploads. CLOUD_INSTALLED stay external.
 * zod is bundled in: required from node_modules it is ~120 files (its main entry loads every locale),
 * which cost a cold start about twice the rest of the function; tree-shaken into index.js it is ~100 KB
 * minified, with only the zh-CN messages (src/server/router.ts).
 */
export async function buildFunctions(names = functionNames()): Promise<BuiltFunction[]> {
  return Promise.all(
    names.map(async (name) => {
      const outfile = join(FUNCTIONS_DIR, name, 'index.js');
      const { metafile } = await build({
        entryPoints: [join(FUNCTIONS_DIR, name, 'index.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node16',
        format: 'cjs',
        minify: true,
        legalComments: 'none',
        external: [...CLOUD_INSTALLED],
        logLevel: 'warning',
        metafile: true,
      });
      let vendoredBytes = 0;
      for (const output of Object.values(metafile.outputs)) {
        for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
          if (/(^|[\\/])node_modules[\\/]/.test(input)) vendoredBytes += bytesInOutput;
        }
      }
      const bytes = statSync(outfile).size;
      return { name, bytes, ownBytes: bytes - vendoredBytes, vendoredBytes };
    }),
  );
}
