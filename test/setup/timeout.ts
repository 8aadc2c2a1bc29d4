/**
 * Every test and hook gets its level's timeout, sized for a busy 2-core machine (CI runs beside other
 * work). Jest takes `testTimeout` only from the command line or the root config, not per project, so each
 * project loads this file, which picks the level from the test file's path.
 */
const LEVEL_TIMEOUT_MS: [RegExp, number][] = [
  [/[\\/]test[\\/](e2e|platform)[\\/]/, 180_000],
  [/[\\/]test[\\/]integration[\\/]/, 60_000],
];
const path = expect.getState().testPath ?? '';
jest.setTimeout(LEVEL_TIMEOUT_MS.find(([re]) => re.test(path))?.[1] ?? 20_000);
