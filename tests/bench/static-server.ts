/**
 * A static host for measurements: serves `dist/` the way a production CDN
 * would, text responses brotli-compressed when the client accepts it, the
 * 404 page for unknown paths, and the headers of the folder's `_headers` file
 * as Netlify and Cloudflare Pages send them (the security policy, a year's
 * caching for the files named by their content). Node's own http and zlib.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { headersFor, parseHeaderRules } from '../shared/headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** The file a URL path names inside `root`, or undefined. */
function fileFor(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Starts serving `root` on `port`; resolves once it listens. */
export function serveStatic(root: string, port: number): Promise<Server> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaderRules(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(root, pathname);
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    const type = types[extname(path)] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(path);
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': 'public, max-age=3600',
      ...headersFor(pathname, rules),
    };
    if (
      /^(text|application\/(json|xml)|image\/svg)/.test(type) &&
      /\bbr\b/.test(String(request.headers['accept-encoding']))
    ) {
      body = brotliCompressSync(body);
      headers['Content-Encoding'] = 'br';
    }
    response.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}
