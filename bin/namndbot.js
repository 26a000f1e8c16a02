#!/usr/bin/env node
'use strict';
// The namndbot command: runs the compiled CLI (npm ci builds dist/ through the prepare script).
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`Oväntat fel: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 70;
  });
