'use strict';
// Builds the Teams app package: appPackage/build/namndbot.zip with manifest.json, color.png and
// outline.png at its root, the ${{NAME}} placeholders filled from the environment, and the filled
// manifest validated offline against the official schema before anything is written.
//   BOT_ID=<MicrosoftAppId> npm run package        (or: npm run package -- --dev for a dummy id)
// APP_PACKAGE_OUT=<file.zip> writes elsewhere (the tests use it). Exit 2: no/invalid BOT_ID;
// exit 1: the filled manifest fails the schema.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { crc32 } = require('./png');
const { validateManifest } = require('./validate-manifest');

const dir = path.resolve(__dirname, '../appPackage');
const dev = process.argv.includes('--dev');
const values = {
  BOT_ID: process.env.BOT_ID || (dev ? '00000000-0000-0000-0000-000000000000' : ''),
  DEVELOPER_NAME: process.env.DEVELOPER_NAME || 'Nämndbot',
  DEVELOPER_WEBSITE_URL: process.env.DEVELOPER_WEBSITE_URL || 'https://www.example.se/namndbot',
  DEVELOPER_PRIVACY_URL: process.env.DEVELOPER_PRIVACY_URL || 'https://www.example.se/namndbot/integritet',
  DEVELOPER_TERMS_URL: process.env.DEVELOPER_TERMS_URL || 'https://www.example.se/namndbot/villkor',
};
if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values.BOT_ID)) {
  const why = values.BOT_ID ? `BOT_ID "${values.BOT_ID}" är inget GUID.` : 'BOT_ID saknas.';
  console.error(`${why} Sätt BOT_ID till botens MicrosoftAppId (ett GUID), eller kör med --dev för ett testpaket.`);
  process.exit(2);
}
const placeholderUrls = ['DEVELOPER_WEBSITE_URL', 'DEVELOPER_PRIVACY_URL', 'DEVELOPER_TERMS_URL'].filter((k) => !process.env[k]);

/** The manifest text with ${{NAME}} placeholders filled (escaped for a JSON string). */
function fill(text) {
  return text.replace(/\$\{\{(\w+)\}\}/g, (m, name) => {
    if (!Object.hasOwn(values, name)) throw new Error(`okänd platshållare ${m} i manifest.json`);
    return JSON.stringify(values[name]).slice(1, -1);
  });
}

/** 1980-01-01 00:00 as an MS-DOS date: a fixed, valid timestamp keeps the package reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A ZIP archive (deflate) of [name, bytes] entries. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/** The schema errors of the filled manifest; skipped with a warning where the devDependency is absent. */
async function schemaErrors(manifest) {
  try {
    return await validateManifest(JSON.parse(manifest));
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND' && /@microsoft\/app-manifest/.test(e.message)) {
      console.error('Varning: @microsoft/app-manifest saknas (devDependency); manifestet valideras inte.');
      return [];
    }
    throw e;
  }
}

async function main() {
  const manifest = fill(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const errors = await schemaErrors(manifest);
  if (errors.length) {
    console.error(`manifest.json följer inte schemat (${errors.length} fel):\n${errors.map((e) => `  ${e}`).join('\n')}`);
    process.exit(1);
  }
  if (placeholderUrls.length) console.error(`Obs: ${placeholderUrls.join(', ')} ej satta; paketet har platshållaradresser (example.se).`);
  const out = path.resolve(process.env.APP_PACKAGE_OUT || path.join(dir, 'build', 'namndbot.zip'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zip([
    ['manifest.json', Buffer.from(manifest, 'utf8')],
    ['color.png', fs.readFileSync(path.join(dir, 'color.png'))],
    ['outline.png', fs.readFileSync(path.join(dir, 'outline.png'))],
  ]));
  console.log(out);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
