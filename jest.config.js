/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/unit"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // What webpack's DefinePlugin writes into the bundles: the address the add-in is served from,
  // and what identifies the build's policy validator.
  globals: { __MOEDEGUIDE_BASE_URL__: "https://localhost:3000/", __MOEDEGUIDE_BUILD__: "test" },
  setupFiles: ["<rootDir>/test/setup/noNetwork.ts"],
};
