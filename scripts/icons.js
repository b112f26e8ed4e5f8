// The icons of the »Jabber-møde« button, drawn with Node alone (no image tools, no packages):
//  - assets/jabber-{16,32,80}.png: the ribbon button (the sizes Outlook requires of a button), a
//    video camera with a plus, in Mødeguide's teal;
//  - assets/mobile-{25,32,48}[@2x|@3x].png: Outlook mobile's online-meeting button, a video camera
//    in the grey Outlook asks for (#919191), at 25, 32 and 48 points, each at scales 1 to 3.
// The shapes are drawn on a 24-unit grid, 4 × 4 samples a pixel for smooth edges; every pixel has
// the one colour, and its alpha is how much of it the shape covers. Run `node scripts/icons.js` to
// write them; the manifest test draws them again and compares, so the committed files cannot drift
// from this script.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const TEAL = [0x00, 0x79, 0x7c];
const GREY = [0x91, 0x91, 0x91];
const SAMPLES = 4;

/** Whether (x, y) is inside the rectangle [x0, x1] × [y0, y1] with corners of radius r. */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Whether (x, y) is inside the convex polygon `points` (in order, either direction). */
function inConvexPolygon(x, y, points) {
  let sign = 0;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[(i + 1) % points.length];
    const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (cross !== 0) {
      if (sign === 0) sign = Math.sign(cross);
      else if (Math.sign(cross) !== sign) return false;
    }
  }
  return true;
}

/** The camera: its body and its lens, on the 24-unit grid. */
function inCamera(x, y) {
  return (
    inRoundedRect(x, y, 2, 6, 15, 18, 2.5) ||
    inConvexPolygon(x, y, [
      [16, 10.5],
      [22, 7],
      [22, 17],
      [16, 13.5],
    ])
  );
}

/** The plus cut out of the camera's body (the button adds a meeting). */
function inPlus(x, y) {
  const cx = 8.5;
  const cy = 12;
  const arm = 3.4;
  const half = 0.9;
  return (
    (Math.abs(x - cx) <= arm && Math.abs(y - cy) <= half) ||
    (Math.abs(y - cy) <= arm && Math.abs(x - cx) <= half)
  );
}

const SHAPES = {
  /** The ribbon button: the camera with a plus, teal. */
  add: { colour: TEAL, inside: (x, y) => inCamera(x, y) && !inPlus(x, y) },
  /** Outlook mobile's online-meeting button: the camera alone, grey. */
  mobile: { colour: GREY, inside: inCamera },
};

/** Draws a shape at `pixels` × `pixels`: RGBA bytes, row by row. */
function renderIcon(kind, pixels) {
  const shape = SHAPES[kind];
  if (!shape) throw new Error(`no icon of kind ${kind}`);
  const rgba = Buffer.alloc(pixels * pixels * 4);
  const unit = 24 / pixels;
  for (let py = 0; py < pixels; py++) {
    for (let px = 0; px < pixels; px++) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * unit;
          const y = (py + (sy + 0.5) / SAMPLES) * unit;
          if (shape.inside(x, y)) covered++;
        }
      }
      const at = (py * pixels + px) * 4;
      const alpha = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
      if (alpha > 0) {
        rgba[at] = shape.colour[0];
        rgba[at + 1] = shape.colour[1];
        rgba[at + 2] = shape.colour[2];
        rgba[at + 3] = alpha;
      }
    }
  }
  return { width: pixels, height: pixels, rgba };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit RGBA PNG of an image (no filter: the icons are tiny). */
function encodePng({ width, height, rgba }) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * Reads an 8-bit RGBA or RGB PNG (not interlaced), whatever filters it uses: what an optimiser may
 * have made of the icons. Throws on anything else.
 */
function decodePng(bytes) {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG");
  let at = 8;
  let header = null;
  const data = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) {
      throw new Error(`bad CRC in ${type}`);
    }
    if (type === "IHDR") header = body;
    else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    at += 12 + length;
  }
  if (!header) throw new Error("no IHDR");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const channels = { 6: 4, 2: 3 }[header[9]];
  if (header[8] !== 8 || !channels || header[12] !== 0) {
    throw new Error("only 8-bit RGB or RGBA PNGs without interlace are read");
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new Error(`unknown PNG filter ${filter}`);
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = Buffer.alloc(width * height * 4, 0xff);
  for (let i = 0; i < width * height; i++) pixels.copy(rgba, i * 4, i * 3, i * 3 + 3);
  return { width, height, rgba };
}

/** Every icon this script makes: its file under assets/, its shape and its size in pixels. */
const ICONS = [
  ...[16, 32, 80].map((size) => ({ file: `jabber-${size}.png`, kind: "add", pixels: size })),
  ...[25, 32, 48].flatMap((size) =>
    [1, 2, 3].map((scale) => ({
      file: `mobile-${size}${scale === 1 ? "" : `@${scale}x`}.png`,
      kind: "mobile",
      size,
      scale,
      pixels: size * scale,
    })),
  ),
];

module.exports = { ICONS, GREY, TEAL, decodePng, encodePng, renderIcon };

if (require.main === module) {
  const assets = path.resolve(__dirname, "..", "assets");
  for (const icon of ICONS) {
    fs.writeFileSync(path.join(assets, icon.file), encodePng(renderIcon(icon.kind, icon.pixels)));
    console.log(`assets/${icon.file} (${icon.pixels} px)`);
  }
}
