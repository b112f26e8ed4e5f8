/**
 * The address the add-in is served from (https://localhost:3000/ in development, `--env urlProd`
 * in a deployment), written in by webpack's DefinePlugin. Only the entry points read it.
 */
declare const __MOEDEGUIDE_BASE_URL__: string;

/**
 * What identifies the policy validator of this build (a hash of its sources and the locked
 * dependencies), written in by webpack's DefinePlugin: a policy text found valid by one build is
 * checked again by the next. Null in a development build, whose sources change as it runs.
 */
declare const __MOEDEGUIDE_BUILD__: string | null;
