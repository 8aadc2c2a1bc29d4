/**
 * pay-durability.test.ts's child process: a gateway on `--data DIR` running the functions of `--functions DIR`,
 * so the test can kill -9 it. Prints `pay gateway <gatewayUrl> <emulatorUrl>` when ready.
 */
import { startGateway } from '../../../emulator/gateway/server';
import { RETRY_DELAYS_MS } from './pay-fixtures';

const arg = (name: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1 || !process.argv[i + 1]) throw new Error(`--${name} is required`);
  return process.argv[i + 1];
};

startGateway({
  dataDir: arg('data'),
  functionsDir: arg('functions'),
  port: 0,
  indexes: {},
  seed: false,
  durability: arg('durability') === 'power' ? 'power' : 'process',
  payRetryDelaysMs: RETRY_DELAYS_MS,
}).then(
  (g) => console.log(`pay gateway ${g.url} ${g.emulatorUrl}`),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
