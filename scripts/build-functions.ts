import { buildFunctions } from './functions';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

buildFunctions()
  .then((built) => {
    for (const b of built) {
      console.log(
        `cloudfunctions/${b.name}/index.js  ${kb(b.bytes)}  (own code ${kb(b.ownBytes)}, bundled packages ${kb(b.vendoredBytes)})`,
      );
    }
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
