/**
 * Runs the local CloudBase emulator on its own:
 *   npx tsx emulator/main.ts --data DIR [--port N] [--host H] [--no-plugins] [--indexes FILE | --no-indexes] [--durable]
 * --durable: acknowledged writes survive a power cut too (fdatasync with group commit; docs/journal.md).
 * Index definitions (unique ones enforced) come from FILE, by default the project's cloudfunctions/database.json.
 * Prints one line `emulator listening on http://HOST:PORT` when ready; point wx-server-sdk at
 * `http://HOST:PORT/admin` (see test/helpers/emulator.ts). Stops on SIGINT/SIGTERM.
 */
import path from 'node:path';
import { startEmulator } from './server';
import { projectIndexes, readIndexFile } from './store/index-file';
import type { EmulatorPlugin, IndexDefinitions } from './types';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function plugins(): Promise<EmulatorPlugin[]> {
  if (process.argv.includes('--no-plugins')) return [];
  try {
    const mod = (await import('./plugins')) as { defaultPlugins?: () => EmulatorPlugin[] };
    return mod.defaultPlugins ? mod.defaultPlugins() : [];
  } catch (e) {
    console.error('[emulator] plugins not loaded:', (e as Error).message);
    return [];
  }
}

function indexes(): IndexDefinitions {
  if (process.argv.includes('--no-indexes')) return {};
  const file = arg('indexes');
  return file ? readIndexFile(file) : projectIndexes(path.join(__dirname, '..', 'cloudfunctions'));
}

async function main(): Promise<void> {
  const dataDir = arg('data');
  if (!dataDir) {
    console.error(
      'usage: tsx emulator/main.ts --data DIR [--port N] [--host H] [--no-plugins] [--indexes FILE | --no-indexes] [--durable]',
    );
    process.exit(2);
  }
  const emulator = await startEmulator({
    dataDir,
    port: Number(arg('port') ?? 0),
    host: arg('host') ?? '127.0.0.1',
    plugins: await plugins(),
    indexes: indexes(),
    durability: process.argv.includes('--durable') ? 'power' : 'process',
  });
  console.log(`emulator listening on ${emulator.url}`);
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
