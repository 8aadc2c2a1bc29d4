import { join } from 'node:path';

/** A deployable bundle's entry (cloudfunctions/<fn>/index.js `main`), as WeChat's runtime calls it. */
export type Main = (event: unknown, context: unknown) => Promise<unknown>;

/** Loads each bundle once per thread (the instance's cold start), then answers the loaded `main`. */
export function bundleLoader(functionsDir: string): (name: string) => Main {
  const loaded = new Map<string, Main>();
  return (name) => {
    let main = loaded.get(name);
    if (!main) {
      main = (require(join(functionsDir, name, 'index.js')) as { main: Main }).main;
      loaded.set(name, main);
    }
    return main;
  };
}
