import { execFileSync } from 'node:child_process';
import { median } from './table';

/** Milliseconds a fresh `node` spends in `require(id)` (after requiring `before`, untimed), measured inside the child. */
function timeRequire(id: string, cwd: string, before?: string): number {
  const pre = before ? `require(${JSON.stringify(before)});` : '';
  const probe = `${pre} const t = process.hrtime.bigint(); require(${JSON.stringify(id)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  const out = execFileSync(process.execPath, ['-e', probe], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', TENCENTCLOUD_RUNENV: 'SCF' },
  });
  return Number(out);
}

export type ColdStart = { sdkMs: number; bundleMs: number; extraMs: number; ownMs: number };

/**
 * Cold start of a bundle: N fresh processes requiring wx-server-sdk alone, N requiring the bundle
 * (which requires wx-server-sdk itself), interleaved; the medians and their difference (`extraMs`).
 * On a busy machine that difference is noisy, so `ownMs` also times the bundle alone in N processes
 * that loaded wx-server-sdk first: the same cost, measured directly.
 */
export function coldStart(bundle: string, cwd: string, n = 5): ColdStart {
  const sdk: number[] = [];
  const withBundle: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < n; i++) {
    sdk.push(timeRequire('wx-server-sdk', cwd));
    withBundle.push(timeRequire(bundle, cwd));
    own.push(timeRequire(bundle, cwd, 'wx-server-sdk'));
  }
  const sdkMs = median(sdk);
  const bundleMs = median(withBundle);
  return { sdkMs, bundleMs, extraMs: bundleMs - sdkMs, ownMs: median(own) };
}
