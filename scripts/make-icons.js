'use strict';
// Draws Nämndbot's two Teams icons: a text-free mark (a document with three agenda lines and a tick),
// colour 192×192 white on the brand blue, outline 32×32 white on transparent. The outline is drawn
// pixel by pixel (OUTLINE below): at 32 px a scaled-down vector mark blurs the tick into the border.
//   node scripts/make-icons.js
const fs = require('node:fs');
const path = require('node:path');
const { png } = require('./png');

/** True when (u, v) in 0..1 lies on the mark: a page outline, three lines, a tick at the bottom right. */
function onMark(u, v, stroke) {
  const inPage = u > 0.24 && u < 0.76 && v > 0.16 && v < 0.84;
  const border = inPage && (u < 0.24 + stroke || u > 0.76 - stroke || v < 0.16 + stroke || v > 0.84 - stroke);
  const lines = [0.32, 0.44, 0.56].some((y) => u > 0.34 && u < 0.66 && Math.abs(v - y) < stroke / 2);
  const tickA = Math.abs(v - (0.68 + (u - 0.4) * 1)) < stroke * 0.6 && u > 0.4 && u < 0.48;
  const tickB = Math.abs(v - (0.76 - (u - 0.48) * 1.2)) < stroke * 0.6 && u >= 0.48 && u < 0.64;
  return border || lines || tickA || tickB;
}

/** The 32×32 outline icon: '#' white, '.' transparent. */
const OUTLINE = [
  '................................',
  '................................',
  '................................',
  '........################........',
  '........################........',
  '........##............##........',
  '........##............##........',
  '........##............##........',
  '........##..########..##........',
  '........##..########..##........',
  '........##............##........',
  '........##............##........',
  '........##..########..##........',
  '........##..########..##........',
  '........##............##........',
  '........##............##........',
  '........##..########..##........',
  '........##..########..##........',
  '........##............##........',
  '........##............##........',
  '........##.........##.##........',
  '........##........##..##........',
  '........##.......##...##........',
  '........##.##...##....##........',
  '........##..##.##.....##........',
  '........##...###......##........',
  '........##............##........',
  '........################........',
  '........################........',
  '................................',
  '................................',
  '................................',
];

const dir = path.resolve(__dirname, '../appPackage');
const blue = [0x1f, 0x4e, 0x8c, 0xff];
fs.writeFileSync(path.join(dir, 'color.png'), png(192, 192, (x, y) => (onMark(x / 192, y / 192, 0.05) ? [255, 255, 255, 255] : blue)));
fs.writeFileSync(path.join(dir, 'outline.png'), png(32, 32, (x, y) => (OUTLINE[y][x] === '#' ? [255, 255, 255, 255] : [0, 0, 0, 0])));
console.log('appPackage/color.png and appPackage/outline.png written');
