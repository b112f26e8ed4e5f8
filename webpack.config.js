// Three builds from one config:
//  - web: the task pane (taskpane.html, loads office.js from Microsoft's CDN) and the preview page
//    (preview.html: the same pane beside a stand-in appointment, to try Mødeguide without Outlook);
//  - launchevent: the event-based handlers as one standalone script (no runtime chunk, no dynamic
//    import), for the HTML runtime (launchevent.html) and classic Outlook's JavaScript-only runtime;
//  - cli: the administrators' command line for Node (dist/cli/moedeguide.js, run by bin/moedeguide.js).
// The manifest is copied to dist/ with its localhost URLs rewritten to --env urlProd=... in a
// production build (scripts/manifestUrl.js decides: no placeholder host, no localhost, https only).
const path = require("path");
const { DefinePlugin } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { manifestUrl, rewriteManifest } = require("./scripts/manifestUrl");

/**
 * A refused production address: webpack-cli prints it and exits with a failure. It prints the
 * error's stack, which here is only the message: the reason is the whole story, not where it was
 * found. `code` is not enumerable so that the printout stays one line.
 */
class ManifestUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = "ManifestUrlError";
    Object.defineProperty(this, "code", { value: "manifest-url" });
    this.stack = `${this.name}: ${message}`;
  }
}

/** Prints where dist/manifest.xml points once the build is done, so that nobody deploys blind. */
class ManifestUrlNote {
  constructor(note) {
    this.note = note;
  }
  apply(compiler) {
    compiler.hooks.done.tap("ManifestUrlNote", () => console.log(this.note));
  }
}

/**
 * TypeScript through ts-loader. Types are checked once for the whole project by
 * `npm run typecheck` (tsc --noEmit); the bundles only transpile, which keeps builds fast.
 */
const tsRule = (extra = {}) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: {
      configFile: "tsconfig.build.json",
      onlyCompileBundledFiles: true,
      transpileOnly: true,
      ...extra,
    },
  },
});

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const manifest = manifestUrl({
    production: !dev,
    // An empty URL_PROD is as good as unset, as environment variables go.
    urlProd: env.urlProd !== undefined ? env.urlProd : process.env.URL_PROD || undefined,
  });
  if (!manifest.ok) throw new ManifestUrlError(manifest.message);
  // Where the add-in is served from: the entry points find policy.json there. The event bundle
  // needs it written in, because classic Outlook's JavaScript-only runtime has no page address.
  const served = new DefinePlugin({ __MOEDEGUIDE_BASE_URL__: JSON.stringify(manifest.url) });
  const common = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule()] },
    performance: { hints: false },
    stats: "errors-warnings",
  };

  const web = {
    ...common,
    name: "web",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: { keep: /^(launchevent|cli)/ },
    },
    plugins: [
      served,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return rewriteManifest(content.toString(), manifest.url);
            },
          },
        ],
      }),
      ...(manifest.note ? [new ManifestUrlNote(manifest.note)] : []),
    ],
  };

  const launchevent = {
    ...common,
    name: "launchevent",
    // Classic Outlook on Windows runs this bundle in a JavaScript-only runtime that understands
    // ECMAScript 2016: compile TypeScript down to it and use luxon's ES5 browser build.
    target: ["web", "es2016"],
    resolve: {
      ...common.resolve,
      alias: { luxon$: path.resolve(__dirname, "node_modules/luxon/build/cjs-browser/luxon.js") },
    },
    module: {
      rules: [tsRule({ instance: "launchevent", compilerOptions: { target: "ES2016" } })],
    },
    entry: { launchevent: "./src/launchevent/launchevent.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", chunkFormat: false },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      served,
      new HtmlWebpackPlugin({
        filename: "launchevent.html",
        template: "./src/launchevent/launchevent.html",
        chunks: ["launchevent"],
      }),
    ],
  };

  const cli = {
    ...common,
    name: "cli",
    target: "node20",
    devtool: false,
    entry: { moedeguide: "./src/cli/main.ts" },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].js",
      library: { type: "commonjs2" },
    },
  };

  return [web, launchevent, cli];
};
