import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHarness, type Harness } from './support/harness';

describe('static dashboard beside the API', () => {
  let harness: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attune-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dashboard shell</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log("app")');
    harness = await createHarness('sqlite', { dashboardDir: dir });
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves files, falls back to index.html for client routes, and leaves unknown API paths to the API', async () => {
    const file = await harness.request('/app.js');
    expect(file.status).toBe(200);
    expect(await file.text()).toContain('console.log');

    for (const path of ['/', '/favicon.ico', '/some/client/route']) {
      const page = await harness.request(path);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toContain('dashboard shell');
    }

    const api = await harness.request('/api/no-such-route');
    expect(api.status).not.toBe(200);
    expect(api.status).toBeLessThan(500);
  });
});
