import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * No Docker engine runs here, so the Dockerfile is checked by reading it (its
 * runtime stage's commands were run by hand: docs/kafka.md, "Docker"): a
 * build stage and a runtime stage with production dependencies only, a
 * non-root user, an init as PID 1, a health check on /readyz, the data
 * directory as a volume.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
const stages = dockerfile
  .map((line) => /^FROM\s+\S+\s+AS\s+(\S+)/i.exec(line)?.[1])
  .filter((name): name is string => name !== undefined);
const runtime = dockerfile.slice(dockerfile.findIndex((line) => /^FROM .* AS runtime/.test(line)));
const instruction = (name: string) => runtime.filter((line) => line.startsWith(`${name} `));

describe('Dockerfile', () => {
  it('builds in one stage and runs in a last one, from Node 20', () => {
    expect(stages.at(-1)).toBe('runtime');
    expect(stages).toContain('build');
    expect(dockerfile.join('\n')).toMatch(/ARG NODE_IMAGE=node:20\.\d+-bookworm-slim/);
    expect(dockerfile.join('\n')).toMatch(/npm ci --omit=dev --workspace=@cleannet\/ledger-api/);
  });

  it('runs node under tini as the unprivileged node user, ready on /readyz', () => {
    expect(instruction('USER')).toEqual(['USER node']);
    expect(instruction('ENTRYPOINT')).toEqual(['ENTRYPOINT ["/usr/bin/tini", "--"]']);
    expect(instruction('CMD')).toEqual(['CMD ["node", "apps/ledger-api/dist/main.js"]']);
    expect(instruction('HEALTHCHECK').join('')).toContain('/readyz');
    expect(instruction('EXPOSE')).toEqual(['EXPOSE 3000']);
    expect(instruction('VOLUME')).toEqual(['VOLUME /var/lib/cleannet']);
    expect(runtime.join('\n')).toContain('LEDGER_DATA_DIR=/var/lib/cleannet');
    expect(runtime.join('\n')).not.toMatch(/npm (ci|install)(?! --omit)/);
  });

  it('leaves dependencies, build output and local data out of the build context', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['.git', '**/node_modules', '**/dist', '.data', 'infra/kafka/.cache'])
      expect(ignored).toContain(entry);
  });
});
