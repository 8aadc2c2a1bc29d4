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

/**
 * Packages the cloud installs from each function's package.json (上传并部署：云端安装依赖) instead of the
 * bundle carrying them: the SDK, and zod (≈100 KB minified, the same in every function).
 */
export const CLOUD_INSTALLED = ['wx-server-sdk', 'zod'] as const;

/**
 * Bundles each cloudfunctions/<fn>/index.ts with what it imports into cloudfunctions/<fn>/index.js,
 * the deployable file WeChat DevTools or the CloudBase CLI uploads. CLOUD_INSTALLED stay external.
 */
export async function buildFunctions(names = functionNames()): Promise<{ name: string; bytes: number }[]> {
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [join(FUNCTIONS_DIR, name, 'index.ts')],
        outfile: join(FUNCTIONS_DIR, name, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node16',
        format: 'cjs',
        minify: true,
        legalComments: 'none',
        external: [...CLOUD_INSTALLED],
        logLevel: 'warning',
      }),
    ),
  );
  return names.map((name) => ({ name, bytes: statSync(join(FUNCTIONS_DIR, name, 'index.js')).size }));
}
