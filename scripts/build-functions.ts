import { buildFunctions } from './functions';

buildFunctions()
  .then((built) => {
    for (const b of built) console.log(`cloudfunctions/${b.name}/index.js  ${(b.bytes / 1024).toFixed(1)} KB`);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
