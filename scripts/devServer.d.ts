/** Types of scripts/devServer.js (plain CommonJS, since webpack.config.js requires it). */

/** The port the manifest's development URLs name. */
export declare const DEV_PORT: 3000;
/** Where the self-signed fallback keeps its key and certificate. */
export declare const CERT_DIR: string;
/** Where `npm start` writes the event bundle it serves (never dist/). */
export declare const EVENTS_DIR: string;

/** A certificate to serve HTTPS with, and where it came from. */
export interface HttpsCertificate {
  key: Buffer;
  cert: Buffer;
  ca?: Buffer;
  source: "office-addin-dev-certs" | "openssl";
  /** The openssl certificate's file, to trust it. */
  certPath?: string;
}

type Log = (message: string) => void;

/** Cache-Control for a request path: icons cacheable for a day (Office asks it), the rest no-cache. */
export declare function cacheControl(requestPath: string): string;

/** A self-signed certificate for localhost in `dir` (.certs/ by default), made with openssl. */
export declare function selfSignedCertificate(dir?: string): HttpsCertificate;

/** office-addin-dev-certs' certificate, else (or with `selfSigned`) the openssl one. */
export declare function httpsCertificate(options?: {
  selfSigned?: boolean;
  certDir?: string;
  log?: Log;
}): Promise<HttpsCertificate>;

/** A request as the server's middlewares see it (express). */
interface Request {
  path: string;
  originalUrl: string;
}
interface Response {
  redirect(status: number, url: string): void;
}
interface Middleware {
  name?: string;
  middleware: (request: Request, response: Response, next: () => void) => void;
}

/** webpack-dev-server's options for the web build. */
export interface DevServerOptions {
  port: number;
  host: string;
  server: { type: "https"; options: { key: Buffer; cert: Buffer; ca?: Buffer } };
  static: { directory: string; publicPath: string; serveIndex: boolean; watch: boolean };
  hot: boolean;
  liveReload: boolean;
  client: { overlay: { errors: boolean; warnings: boolean; runtimeErrors: boolean } };
  headers: (request: Request) => Record<string, string>;
  setupMiddlewares: (middlewares: Middleware[]) => Middleware[];
  onListening: (server: { server?: { address(): unknown } }) => void;
}

/** webpack-dev-server's options for the web build, serving `certificate` on `port`. */
export declare function devServerOptions(options: {
  certificate: Pick<HttpsCertificate, "key" | "cert" | "ca">;
  port?: number;
  eventsDir?: string;
  log?: Log;
}): DevServerOptions;

/** What `webpack serve` runs: the web build with the server, the event bundle written to eventsDir. */
export declare function servedConfigs<W extends object, L extends { output: object }>(
  web: W,
  launchevent: L,
  options?: { selfSigned?: boolean; certDir?: string; eventsDir?: string; log?: Log },
): Promise<[W & { devServer: DevServerOptions }, L & { devServer: false }]>;
