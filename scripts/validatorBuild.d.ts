/** Types of scripts/validatorBuild.js (plain CommonJS, since webpack.config.js requires it). */

/** The parts a validator is made of, relative to the project root. */
export declare const VALIDATOR_PARTS: readonly string[];

/** The validator's identity for the project at `root`: 16 hex digits of a SHA-256. */
export declare function validatorBuildId(root: string): string;
