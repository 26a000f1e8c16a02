import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** True when Debian's redis-server is installed (CI installs it; see .ci/run). */
export function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Redis tests run wherever redis-server is installed and must run in CI; on a developer's machine
 * without it they are skipped with a note rather than failing for a missing package.
 */
export const describeWithRedis: jest.Describe = hasRedisServer() || process.env.CI === 'true' ? describe : ((name: string, fn: () => void) => {
  console.warn(`${name}: skipped, redis-server is not installed (apt-get install redis-server)`);
  describe.skip(name, fn);
}) as jest.Describe;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A throwaway redis-server on loopback, no persistence; `stop` kills it. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
