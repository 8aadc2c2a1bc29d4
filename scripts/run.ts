import { spawnSync } from 'node:child_process';
import { ROOT } from './functions';

/** Runs a project binary (node_modules/.bin) in the repo root, failing loudly. */
export function runBin(bin: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const started = Date.now();
  const res = spawnSync(`node_modules/.bin/${bin}`, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) {
    console.error(`✗ ${bin} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
  console.log(`✓ ${bin} ${args.join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export function buildH5(): void {
  runBin('taro', ['build', '--type', 'h5'], { NODE_ENV: 'production' });
}

export function buildWeapp(): void {
  runBin('taro', ['build', '--type', 'weapp'], { NODE_ENV: 'production' });
}
