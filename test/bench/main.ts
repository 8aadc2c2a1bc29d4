/** How a bench file runs on its own (`tsx test/bench/<file>.ts`): the bench, then exit 0, or the error and exit 1. */
export function runWhenMain(mod: NodeModule, bench: () => Promise<unknown>): void {
  if (require.main !== mod) return;
  bench().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
