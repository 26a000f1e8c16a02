'use strict';
// Validates a Teams manifest against the official JSON schema shipped in @microsoft/app-manifest
// (offline: the schema file of the manifest's manifestVersion is read from the package and handed to
// validateAgainstSchema; given no schema, that would resolve $schema itself and fetch it over the
// network when the URL is not one it ships). Prints the errors as JSON.
//   node scripts/validate-manifest.js <manifest.json>
// Needs Node >= 20.19: the package require()s strip-bom, an ES module (jest cannot load it, so the
// tests run this script in a child process).
const fs = require('node:fs');
const path = require('node:path');

/** The schema file for a manifest version, from the installed @microsoft/app-manifest. */
function schemaFile(version) {
  const pkg = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(pkg, 'build/json-schemas/teams', `v${version}`, 'MicrosoftTeams.schema.json');
}

/** Schema errors of a manifest object ([] when valid), against the schema of its manifestVersion. */
async function validateManifest(manifest) {
  const version = manifest && manifest.manifestVersion;
  if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) return [`/manifestVersion saknas eller är ogiltig: ${JSON.stringify(version)}`];
  const file = schemaFile(version);
  if (!fs.existsSync(file)) return [`/manifestVersion ${version}: inget schema i @microsoft/app-manifest (${file})`];
  // The same clean-up as the package's own loader (AppManifestUtils.fetchSchema): some shipped
  // schemas have \\a or \\v escapes in regex patterns.
  const schema = JSON.parse(fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  return AppManifestUtils.validateAgainstSchema(manifest, schema);
}

module.exports = { validateManifest, schemaFile };

if (require.main === module) {
  const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  validateManifest(manifest).then((errors) => {
    console.log(JSON.stringify(errors));
    process.exitCode = errors.length ? 1 : 0;
  });
}
