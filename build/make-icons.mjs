// Draws AppPass's icon (a white padlock on a blue rounded square) as SVG and as PNGs, with no
// image tools: shapes are signed-distance functions, supersampled 4×4, written with node:zlib.
// Run: node build/make-icons.mjs   (writes build/icons/* and electron/main/tray/tray-icon.ts)
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const BG = [37, 99, 235];
const FG = [255, 255, 255];

// Geometry on a 512 × 512 canvas.
const G = {
  bg: { x: 16, y: 16, w: 480, h: 480, r: 104 },
  body: { x: 136, y: 232, w: 240, h: 184, r: 36 },
  shackle: { cx: 256, cy: 232, r: 76, t: 32, top: 140 },
  hole: { cx: 256, cy: 308, r: 24 },
  slot: { x: 244, y: 308, w: 24, h: 60, r: 10 },
};

const roundRect = (px, py, { x, y, w, h, r }) => {
  const qx = Math.abs(px - (x + w / 2)) - (w / 2 - r);
  const qy = Math.abs(py - (y + h / 2)) - (h / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (px, py, { cx, cy, r }) => Math.hypot(px - cx, py - cy) - r;
// The shackle: a ring (upper half) plus two legs down into the body.
const shackle = (px, py) => {
  const { cx, cy, r, t, top } = G.shackle;
  const legTop = top + r;
  let d;
  if (py <= legTop) {
    d = Math.abs(Math.hypot(px - cx, py - legTop) - r) - t / 2;
  } else {
    d = Math.min(Math.abs(px - (cx - r)), Math.abs(px - (cx + r))) - t / 2;
  }
  return Math.max(d, py - cy - 10);
};

function colourAt(px, py) {
  if (roundRect(px, py, G.bg) > 0) return null;
  const inLock = (roundRect(px, py, G.body) <= 0 || shackle(px, py) <= 0) && !(circle(px, py, G.hole) <= 0 || roundRect(px, py, G.slot) <= 0);
  return inLock ? FG : BG;
}

function render(size) {
  const s = 512 / size;
  const n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) {
        const c = colourAt((x + (sx + 0.5) / n) * s, (y + (sy + 0.5) / n) * s);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
      }
      const i = (y * size + x) * 4;
      if (a > 0) { rgba[i] = Math.round(r / a); rgba[i + 1] = Math.round(g / a); rgba[i + 2] = Math.round(b / a); }
      rgba[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return png(size, size, rgba);
}

const CRC = new Uint32Array(256).map((_, k) => { let c = k; for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(w, h, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 6;
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const { bg, body, shackle: sh, hole, slot } = G;
const legTop = sh.top + sh.r;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <title>AppPass</title>
  <rect x="${bg.x}" y="${bg.y}" width="${bg.w}" height="${bg.h}" rx="${bg.r}" fill="rgb(${BG.join(',')})"/>
  <path d="M ${sh.cx - sh.r} ${body.y} V ${legTop} A ${sh.r} ${sh.r} 0 0 1 ${sh.cx + sh.r} ${legTop} V ${body.y}" fill="none" stroke="#fff" stroke-width="${sh.t}"/>
  <path fill="#fff" fill-rule="evenodd" d="M ${body.x + body.r} ${body.y} H ${body.x + body.w - body.r} A ${body.r} ${body.r} 0 0 1 ${body.x + body.w} ${body.y + body.r} V ${body.y + body.h - body.r} A ${body.r} ${body.r} 0 0 1 ${body.x + body.w - body.r} ${body.y + body.h} H ${body.x + body.r} A ${body.r} ${body.r} 0 0 1 ${body.x} ${body.y + body.h - body.r} V ${body.y + body.r} A ${body.r} ${body.r} 0 0 1 ${body.x + body.r} ${body.y} Z M ${hole.cx - hole.r} ${hole.cy} A ${hole.r} ${hole.r} 0 1 0 ${hole.cx + hole.r} ${hole.cy} A ${hole.r} ${hole.r} 0 1 0 ${hole.cx - hole.r} ${hole.cy} Z M ${slot.x} ${hole.cy} H ${slot.x + slot.w} V ${slot.y + slot.h - slot.r} A ${slot.r} ${slot.r} 0 0 1 ${slot.x + slot.w - slot.r} ${slot.y + slot.h} H ${slot.x + slot.r} A ${slot.r} ${slot.r} 0 0 1 ${slot.x} ${slot.y + slot.h - slot.r} Z"/>
</svg>
`;

const out = new URL('./icons/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('icon.svg', out), svg);
for (const size of [1024, 512, 256, 128, 64, 48, 32, 16]) writeFileSync(new URL(`${size}x${size}.png`, out), render(size));
writeFileSync(new URL('icon.png', out), render(512));
const tray = render(32).toString('base64');
writeFileSync(
  new URL('../electron/main/tray/tray-icon.ts', import.meta.url),
  `// Generated by build/make-icons.mjs: the 32×32 tray icon (embedded, so no file path is needed at run time).\nexport const TRAY_ICON_PNG_BASE64 =\n  '${tray}';\n`,
);
console.log('icons written to build/icons/');
