import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startGateway } from '../emulator/gateway/server';
import { DEMO_IDENTITIES } from '../emulator/seed';
import { buildFunctions, ROOT } from './functions';
import { buildH5 } from './run';

/**
 * `npm start`: builds the functions and the H5 app, then serves both through the local CloudBase with a
 * demo county. Options: --fresh (wipe local data), --no-build, --port N (or PORT), --host H (or HOST), --data DIR,
 * --allow-remote-login (let other machines use the dev sign-in too: anyone on the network could then be admin).
 * Writes are durable against power loss (fdatasync with group commit); --fast-writes keeps them only against
 * the process being killed, which is faster (docs/journal.md).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      fresh: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'allow-remote-login': { type: 'boolean', default: false },
      'fast-writes': { type: 'boolean', default: false },
    },
  });
  await buildFunctions();
  if (!values['no-build']) buildH5();
  const port = Number(values.port ?? process.env.PORT ?? 8686);
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  const gateway = await startGateway({
    dataDir: values.data ?? process.env.CIVIC_DATA_DIR ?? join(ROOT, '.data'),
    port,
    host,
    seed: true,
    timers: true,
    fresh: values.fresh,
    allowRemoteLogin: values['allow-remote-login'],
    durability: values['fast-writes'] ? 'process' : 'power',
  });
  console.log(`\n文明实践 local app: ${gateway.url}  (local CloudBase at ${gateway.emulatorUrl})`);
  if (values['allow-remote-login']) {
    console.warn(
      '\n⚠ --allow-remote-login: ANYONE who can reach this port can sign in as ANY identity, center admin included.' +
        '\n  Use it only on a network you trust, and never with real data (docs/security.md).',
    );
  } else if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    console.log(`Other machines can open ${gateway.url}, but only this machine may sign in (add --allow-remote-login to change that).`);
  }
  console.log('Demo identities (the app asks which one to use):');
  for (const id of DEMO_IDENTITIES) console.log(`  ${id.openid.padEnd(16)} ${id.label}`);
  const stop = () => gateway.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
