// Three builds from one config:
//  - web: the task pane (taskpane.html, loads office.js from Microsoft's CDN) and the preview page
//    (preview.html: the same pane beside a stand-in appointment, to try Mødeguide without Outlook);
//  - launchevent: the event-based handlers as one standalone script (no runtime chunk, no dynamic
//    import), for the HTML runtime (launchevent.html) and classic Outlook's JavaScript-only runtime;
//  - cli: the administrators' command line for Node (dist/cli/moedeguide.js, run by bin/moedeguide.js).
// Every build also writes what a deployment serves beside the bundles (scripts/deployFiles.js):
// policy.json (IT's policy from --env policy=FILE, validated, else the embedded default),
// policy.schema.json, and .well-known/microsoft-officeaddins-allowed.json.
// The manifest is copied to dist/ with its Version from package.json and, in a production build,
// its localhost URLs rewritten to --env urlProd=... (scripts/manifestUrl.js decides: no
// placeholder host, no localhost, https only).
// A production build names the bundles by their content ([name].[contenthash:20].js) so that a
// server can cache them for a long time; the pages, the manifest, policy.json, policy.schema.json,
// the icons, the well-known file and launchevent.js keep fixed names, since the manifest, Outlook
// and IT's server configuration find them by name. `--env dist=DIR` writes the build elsewhere.
const path = require("path");
const { DefinePlugin } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { manifestUrl, rewriteManifest } = require("./scripts/manifestUrl");
const { validatorBuildId } = require("./scripts/validatorBuild");
const {
  BuildRefusal,
  DeployFilesPlugin,
  LaunchEventScriptPlugin,
  ManifestVersionError,
  OutputDirError,
  loadPolicyFile,
  manifestVersion,
  setManifestVersion,
  POLICY_FILE,
  WELL_KNOWN_FILE,
} = require("./scripts/deployFiles");
const { servedConfigs } = require("./scripts/devServer");
const { ModuleSizesPlugin } = require("./scripts/moduleSizesPlugin");
const packageJson = require("./package.json");

/** A refused production address: webpack-cli prints the reason alone, on one line. */
class ManifestUrlError extends BuildRefusal {
  constructor(message) {
    super(message);
    // Not enumerable, so that it never shows in a printout.
    Object.defineProperty(this, "code", { value: "manifest-url" });
  }
}

/** Prints where dist/ points and what it serves once the build is done, so nobody deploys blind. */
class BuildNote {
  constructor(note) {
    this.note = note;
  }
  apply(compiler) {
    compiler.hooks.done.tap("BuildNote", () => console.log(this.note));
  }
}

/** A path as a note shows it: relative when it is under the current directory, else absolute. */
function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
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

/**
 * Griffel's ahead-of-time pass over the pane's own makeStyles calls (Fluent's packages ship theirs
 * compiled already): styles become class names and CSS at build time, so the pane neither carries
 * Griffel's style resolver (stylis, rtl-css-js) nor spends its first render resolving styles.
 * Listed before the TypeScript rule, so that it runs on the compiled JavaScript.
 */
const griffelRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "@griffel/webpack-loader" },
};

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const manifest = manifestUrl({
    production: !dev,
    // An empty URL_PROD is as good as unset, as environment variables go.
    urlProd: env.urlProd !== undefined ? env.urlProd : process.env.URL_PROD || undefined,
  });
  if (!manifest.ok) throw new ManifestUrlError(manifest.message);
  const version = manifestVersion(packageJson.version);
  if (!version.ok) throw new ManifestVersionError(version.message);
  if (env.dist !== undefined && (typeof env.dist !== "string" || env.dist.trim() === "")) {
    throw new OutputDirError(
      "dist: --env dist has no value; give the directory to build into (--env dist=build/deploy), or leave it out for dist/",
    );
  }
  const out = env.dist === undefined ? path.resolve(__dirname, "dist") : path.resolve(env.dist);
  // IT's policy is checked here, before anything compiles, so that a bad file fails at once.
  const policy = env.policy === undefined ? undefined : loadPolicyFile(env.policy);
  // Where the add-in is served from: the entry points find policy.json there. The event bundle
  // needs it written in, because classic Outlook's JavaScript-only runtime has no page address.
  // With it, what identifies this build's policy validator (the pane remembers the policy text it
  // found valid); none in development, where `npm start` rebuilds as the sources change.
  const served = new DefinePlugin({
    __MOEDEGUIDE_BASE_URL__: JSON.stringify(manifest.url),
    __MOEDEGUIDE_BUILD__: JSON.stringify(dev ? null : validatorBuildId(__dirname)),
  });
  // Content hashes in production only: development keeps readable names for debugging.
  const scripts = dev ? "[name].js" : "[name].[contenthash:20].js";
  const common = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule()] },
    performance: { hints: false },
    stats: "errors-warnings",
  };

  const note = [
    manifest.note,
    dev
      ? null
      : `policy: ${shown(path.join(out, POLICY_FILE))} is ${
          policy
            ? `${policy.file} (${JSON.stringify(policy.policy.name)}, revision ${JSON.stringify(policy.policy.revision)})`
            : "the embedded default (give IT's policy with --env policy=FILE)"
        }`,
    // Office looks for the well-known file at the root of the origin, not under the add-in's path.
    !dev && new URL(manifest.url).pathname !== "/"
      ? `well-known: serve ${WELL_KNOWN_FILE} at ${new URL(`/${WELL_KNOWN_FILE}`, manifest.url).href} (the origin's root), not under ${new URL(manifest.url).pathname}`
      : null,
  ].filter(Boolean);

  const web = {
    ...common,
    name: "web",
    // Production: source maps for ModuleSizesPlugin only, which drops them from the output.
    devtool: dev ? "source-map" : "hidden-source-map",
    module: { rules: [griffelRule, tsRule()] },
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.ts",
      // The sign-in page of the dialog fallback, for Outlook without nested app authentication.
      signin: "./src/signin/index.ts",
    },
    output: {
      path: out,
      filename: scripts,
      chunkFilename: scripts,
      // The launchevent and cli builds write into the same directory; each cleans its own files.
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
        filename: "signin.html",
        template: "./src/signin/signin.html",
        chunks: ["signin"],
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
          // msw's service worker, by which the preview page answers Graph locally
          // (src/preview/graphWorker.ts); the same version as the msw the preview is built with.
          { from: require.resolve("msw/mockServiceWorker.js"), to: "mockServiceWorker.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              const moved = rewriteManifest(content.toString(), manifest.url);
              return setManifestVersion(moved, version.version);
            },
          },
        ],
      }),
      new DeployFilesPlugin({ policyFile: policy && policy.file, url: manifest.url }),
      // What the pane's chunks are made of, for `npm run bench` (kept outside the build).
      ...(dev ? [] : [new ModuleSizesPlugin(out)]),
      ...(note.length > 0 ? [new BuildNote(note.join("\n"))] : []),
    ],
  };

  const launchevent = {
    ...common,
    name: "launchevent",
    // Classic Outlook on Windows runs this bundle in a JavaScript-only runtime that understands
    // ECMAScript 2016: compile TypeScript down to it, use luxon's ES5 browser build, and compile
    // zod (which checks the served policy, and ships ES2020: `?.`, `??`) down to it too.
    target: ["web", "es2016"],
    resolve: {
      ...common.resolve,
      alias: { luxon$: path.resolve(__dirname, "node_modules/luxon/build/cjs-browser/luxon.js") },
    },
    module: {
      rules: [
        tsRule({ instance: "launchevent", compilerOptions: { target: "ES2016" } }),
        // zod's JSON Schema generator, never used by the handlers: stubbed (see the loader).
        {
          test: /zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors|json-schema-generator)\.js$/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/stubExportsLoader.js"),
        },
        {
          test: /\.[cm]?js$/,
          include: path.resolve(__dirname, "node_modules/zod"),
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.build.json",
              transpileOnly: true,
              instance: "launchevent-zod",
              compilerOptions: { allowJs: true, target: "ES2016" },
            },
          },
        },
      ],
    },
    entry: { launchevent: "./src/launchevent/launchevent.ts" },
    output: {
      path: out,
      filename: scripts,
      chunkFormat: false,
      // Only this build's own files (launchevent.*); the web and cli builds clean theirs.
      clean: { keep: (file) => !file.startsWith("launchevent.") },
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      served,
      new HtmlWebpackPlugin({
        filename: "launchevent.html",
        template: "./src/launchevent/launchevent.html",
        chunks: ["launchevent"],
      }),
      // The manifest's JSRuntime.Url names launchevent.js: a fixed name (see the plugin for why).
      new LaunchEventScriptPlugin("launchevent"),
    ],
  };

  const cli = {
    ...common,
    name: "cli",
    target: "node20",
    devtool: false,
    entry: { moedeguide: "./src/cli/main.ts" },
    output: {
      path: path.join(out, "cli"),
      filename: "[name].js",
      library: { type: "commonjs2" },
    },
  };

  // `webpack serve` (npm start): the web and launchevent builds from memory over HTTPS on port
  // 3000, rebuilt on change (scripts/devServer.js). Getting the certificate is asynchronous, so
  // this branch alone returns a promise (webpack-cli awaits it); builds and tests stay synchronous.
  if (env.WEBPACK_SERVE) {
    return servedConfigs(web, launchevent, {
      selfSigned: Boolean(env.selfSigned) || process.env.MOEDEGUIDE_SELF_SIGNED === "1",
    });
  }

  return [web, launchevent, cli];
};
