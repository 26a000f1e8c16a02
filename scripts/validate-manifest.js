'use strict';
// Validates a Teams manifest against the official JSON schema shipped in @microsoft/app-manifest
// (offline: the schema file is read from the package, never fetched). Prints the errors as JSON.
//   node scripts/validate-manifest.js <manifest.json>
const fs = require('node:fs');
const path = require('node:path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

const file = process.argv[2];
const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
const version = manifest.manifestVersion;
const schemaFile = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams', `v${version}`, 'MicrosoftTeams.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
AppManifestUtils.validateAgainstSchema(manifest, schema).then((errors) => {
  console.log(JSON.stringify(errors));
  process.exitCode = errors.length ? 1 : 0;
});
