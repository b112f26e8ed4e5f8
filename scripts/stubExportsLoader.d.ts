/** Types of scripts/stubExportsLoader.js (plain CommonJS, a webpack loader). */

/** The names a module's source exports (`export const|function|class x`, `export { a as b }`). */
export declare function exportNames(source: string): string[];

/** The loader: the module's source becomes one stub export per name. */
declare function stubExportsLoader(
  this: { resourcePath: string; emitError(error: Error): void },
  source: string,
): string;
export default stubExportsLoader;
