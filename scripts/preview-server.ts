import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A running `astro preview` of the built site: its address, and how to stop it. */
export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** A TCP port nothing listens on now, from the operating system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Serves the built site with `astro preview` on a free port; resolves once it answers. */
export async function startPreview(env: NodeJS.ProcessEnv = process.env, timeoutMs = 60_000): Promise<PreviewServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // --ignore-lock: run beside a developer's own preview or the e2e tests' server.
  const child = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The whole process group: npx starts astro as a child of its own.
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`astro preview exited with code ${child.exitCode} before serving ${url}`);
    const ready = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}
