'use strict';
// A tiny round-robin HTTP proxy on loopback, as a load balancer in front of several bot instances: each
// request goes to the next instance in turn, body and answer passed through unchanged. Used by
// `npm run demo:scale` and the scale test; not meant for production (App Service has its own).
const http = require('node:http');

/**
 * Starts the proxy in front of `targets` (base URLs such as http://127.0.0.1:3978) on a free loopback port
 * unless `port` is given. Resolves with its `url`, `counts` (requests sent to each target) and `close()`.
 */
function startRoundRobinProxy(targets, { port = 0, host = '127.0.0.1' } = {}) {
  if (!targets.length) throw new Error('round-robin proxy: no targets');
  const counts = targets.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next++ % targets.length;
    counts[i]++;
    const target = new URL(req.url || '/', targets[i]);
    const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode || 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `instance ${targets[i]} did not answer: ${err.message}` }));
    });
    req.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}`,
        counts,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

module.exports = { startRoundRobinProxy };
