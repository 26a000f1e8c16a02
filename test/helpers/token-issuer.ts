/**
 * A local stand-in for the Bot Framework's token issuer: it publishes an OpenID configuration and a
 * signing key (endorsed for msteams) on loopback and signs tokens with it, so JWT validation is tested
 * for real without the internet.
 */
import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** Starts the issuer; `sign` makes a token for the bot (audience = its app id). */
export async function startTokenIssuer() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url?.startsWith('/openid')) return void res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    if (req.url?.startsWith('/keys')) return void res.end(JSON.stringify({ keys: [jwk] }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid`;
  return {
    metadataUrl,
    sign(claims: { aud: string; serviceurl: string }, opts: { expiresInSeconds?: number } = {}): string {
      const now = Math.floor(Date.now() / 1000);
      const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
      const payload = b64url(JSON.stringify({ iss: 'https://api.botframework.com', nbf: now - 60, iat: now - 60, exp: now + (opts.expiresInSeconds ?? 3600), ...claims }));
      const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
      return `${header}.${payload}.${b64url(signature)}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
