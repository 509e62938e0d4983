import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCommuneIndex } from '../territory/commune-index.ts';

const cpuMs = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000;

/** Where the commune index is served from; the browser script fetches its chunks under it. */
export const COMMUNE_INDEX_BASE = '/territory/';

/**
 * The commune index of « Pour mon territoire » (src/territory/commune-index.ts): about 1,800 small
 * JSON files written straight into the build once the pages are done (an endpoint would render
 * each through Astro's page pipeline, seconds for nothing), and served from memory by the dev server.
 */
export function communeIndex(): AstroIntegration {
  return {
    name: 'continuites:commune-index',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(COMMUNE_INDEX_BASE, (request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]!.replace(/^\//, ''));
          const data = getCommuneIndex().files.get(path);
          if (data === undefined) return next();
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(JSON.stringify(data));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Wall time and CPU time: on a busy machine the second says what the work costs.
        const started = performance.now();
        const cpu = process.cpuUsage();
        const { files, stats } = getCommuneIndex();
        const root = join(fileURLToPath(dir), COMMUNE_INDEX_BASE);
        const texts = [...files].map(
          ([path, data]) => [join(root, path), JSON.stringify(data)] as const,
        );
        await Promise.all(
          [...new Set(texts.map(([file]) => dirname(file)))].map((folder) =>
            mkdir(folder, { recursive: true }),
          ),
        );
        await Promise.all(texts.map(([file, text]) => writeFile(file, text)));
        const bytes = texts.reduce((total, [, text]) => total + Buffer.byteLength(text), 0);
        logger.info(
          `${files.size} files (${stats.names} names in ${stats.leaves} name chunks, ${stats.tops} top chunks, ` +
            `${stats.postcodeChunks} postcode and ${stats.inseeChunks} INSEE chunks), ${Math.round(bytes / 1024)} KB, ` +
            `in ${Math.round(performance.now() - started)} ms (CPU ${Math.round(cpuMs(process.cpuUsage(cpu)))} ms)`,
        );
      },
    },
  };
}
