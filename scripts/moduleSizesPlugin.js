// What each chunk of a production build is made of, for `npm run bench` (bench/pane.bench.mjs): the
// bench prints the largest modules of the pane's first load, so that whoever splits the pane knows
// what to load on demand. Written outside the build's directory (nothing of it is deployed), keyed
// by that directory, with the files of each chunk so that the bench can tell a stale record.
//
// The minified chunks are attributed to their sources through hidden source maps (the web build
// makes them for this), which this plugin then drops from the output: nothing changes in what is
// deployed. So a module counts only what survived tree shaking and minification. Each source's
// share of its chunk is gzipped alone; the bench scales the shares to the chunk's real gzip size.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const PLUGIN = "ModuleSizesPlugin";

/** Where the record of the build written to `outDir` is kept. */
function moduleSizesFile(outDir) {
  const key = crypto.createHash("sha1").update(path.resolve(outDir)).digest("hex").slice(0, 12);
  return path.join(__dirname, "..", "node_modules", ".cache", "moedeguide", `modules-${key}.json`);
}

/** The package a module comes from ("react-dom", "@fluentui/react-tabster"), or "(own code)". */
function packageOf(resource) {
  if (resource.startsWith("(")) return resource;
  if (resource.startsWith("webpack/")) return "(webpack runtime)";
  const parts = resource.split(/(?:^|[\\/])node_modules[\\/]/);
  if (parts.length < 2) return "(own code)";
  const rest = parts[parts.length - 1].split(/[\\/]/);
  return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The segments of one line of a source map's mappings: [generated column, source index?]. */
function* segments(line, state) {
  for (const segment of line.split(",")) {
    if (segment === "") continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const c of segment) {
      const digit = DIGIT.get(c);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.column += fields[0];
    if (fields.length > 1) state.source += fields[1];
    yield [state.column, fields.length > 1 ? state.source : -1];
  }
}

/** The text of `code` each source accounts for, by the source map's mappings. */
function textBySource(code, map) {
  const lines = code.split("\n");
  const texts = new Map();
  const state = { column: 0, source: 0 };
  map.mappings.split(";").forEach((mapped, index) => {
    const line = lines[index] ?? "";
    state.column = 0;
    const spans = [...segments(mapped, state)];
    spans.forEach(([column, source], k) => {
      const to = k + 1 < spans.length ? spans[k + 1][0] : line.length;
      const name = source >= 0 ? map.sources[source] : "(webpack runtime)";
      texts.set(name, (texts.get(name) ?? "") + line.slice(column, to));
    });
  });
  return texts;
}

/** A source map's name for a module ("webpack://moedeguide/./src/x.ts") as a project path. */
function projectPath(source) {
  return source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
}

class ModuleSizesPlugin {
  constructor(outDir) {
    this.file = moduleSizesFile(outDir);
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        () => {
          const chunks = [];
          for (const chunk of compilation.chunks) {
            const files = [...chunk.files].filter((f) => f.endsWith(".js"));
            const modules = [];
            for (const file of files) {
              const map = compilation.getAsset(`${file}.map`);
              if (!map) continue;
              const code = String(compilation.getAsset(file).source.source());
              const texts = textBySource(code, JSON.parse(String(map.source.source())));
              for (const [source, text] of texts) {
                const name = projectPath(source);
                modules.push({
                  name,
                  package: packageOf(name),
                  minified: Buffer.byteLength(text),
                  gzip: zlib.gzipSync(text, { level: 9 }).length,
                });
              }
            }
            chunks.push({
              id: chunk.id,
              name: chunk.name ?? null,
              files,
              initial: chunk.canBeInitial(),
              modules,
            });
          }
          // The maps were made for this record only: they are not part of the build.
          for (const asset of compilation.getAssets()) {
            if (asset.name.endsWith(".js.map")) compilation.deleteAsset(asset.name);
          }
          fs.mkdirSync(path.dirname(this.file), { recursive: true });
          fs.writeFileSync(this.file, JSON.stringify({ chunks }));
        },
      );
    });
  }
}

module.exports = { ModuleSizesPlugin, moduleSizesFile };
