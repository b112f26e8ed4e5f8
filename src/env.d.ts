/**
 * The address the add-in is served from (https://localhost:3000/ in development, `--env urlProd`
 * in a deployment), written in by webpack's DefinePlugin. Only the entry points read it.
 */
declare const __MOEDEGUIDE_BASE_URL__: string;
