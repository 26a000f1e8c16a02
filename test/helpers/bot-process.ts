import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A bot started as `npm start` starts it (node dist/index.js), on a free port. */
export interface BotProcess {
  url: string;
  child: ChildProcess;
  logs: string[];
  /** Sends SIGTERM and waits for the exit code. */
  stop(): Promise<number | null>;
  /** Kills the process outright (SIGKILL: no drain, no cleanup), as a crash or an OOM kill does, and waits for it to be gone. */
  kill(): Promise<void>;
}

const root = path.resolve(__dirname, '../..');

/** Starts the compiled bot with the given environment and waits until it listens. */
export function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, [path.join(root, 'dist/index.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // never leave a bot running that no test will stop
      reject(new Error(`bot did not start:\n${logs.join('\n')}`));
    }, 20_000);
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        logs.push(line);
        try {
          const entry = JSON.parse(line) as { msg?: string; port?: number };
          if (entry.msg === 'Nämndbot is listening' && entry.port) {
            clearTimeout(timer);
            resolve({
              url: `http://127.0.0.1:${entry.port}`,
              child,
              logs,
              stop: () =>
                new Promise((done) => {
                  if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
                  child.once('exit', (code) => done(code));
                  child.kill('SIGTERM');
                }),
              kill: () =>
                new Promise((done) => {
                  if (child.exitCode !== null || child.signalCode !== null) return done();
                  child.once('exit', () => done());
                  child.kill('SIGKILL');
                }),
            });
          }
        } catch {
          // not a JSON log line
        }
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bot exited with ${code} before listening:\n${logs.join('\n')}`));
    });
  });
}
