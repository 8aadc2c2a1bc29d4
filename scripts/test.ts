import { buildFunctions } from './functions';
import { buildH5, buildWeapp, runBin } from './run';

/**
 * `npm test`: checks the formatting (prettier), lints (dependency direction, react-hooks) and type-checks, builds what the tests exercise (function bundles, the weapp and H5 builds), then runs all
 * four levels: unit, integration, e2e, platform. Extra arguments go to jest.
 */
async function main(): Promise<void> {
  runBin('prettier', ['--check', '.']);
  runBin('eslint', ['src', 'cloudfunctions', 'emulator', 'test', 'scripts', 'config']);
  runBin('tsc', ['--noEmit', '-p', 'tsconfig.json']);
  const built = await buildFunctions();
  console.log(`✓ built ${built.length} cloud functions`);
  buildWeapp();
  buildH5();
  runBin('jest', ['--ci', ...process.argv.slice(2)]);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
