import { buildFunctions } from '../../scripts/functions';

/** Integration and e2e tests run the deployable bundles: build them once per run. */
export default async function setup(): Promise<void> {
  await buildFunctions();
}
