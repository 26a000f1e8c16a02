import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { botAdded, postActivity, teamsMessage } from '../helpers/activities';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startTokenIssuer } from '../helpers/token-issuer';

const appId = '11111111-2222-3333-4444-555555555555';
const serviceUrl = 'http://127.0.0.1:9/';

describe('with Bot Framework credentials set, every request\'s JWT is validated', () => {
  let bot: BotProcess;
  let issuer: Awaited<ReturnType<typeof startTokenIssuer>>;
  let dataDir: string;
  beforeAll(async () => {
    issuer = await startTokenIssuer();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-auth-'));
    bot = await startBotProcess({ DATA_DIR: dataDir, MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant', BOT_OPENID_METADATA_URL: issuer.metadataUrl });
  });
  afterAll(async () => {
    await bot?.stop();
    await issuer?.close();
  });

  const conversation = { id: '19:group@thread.v2', conversationType: 'groupChat' as const, tenantId: 't' };
  // The bot added to a group chat: with a valid token this stores the conversation (a reply would need Azure, so the test looks at the store's effect instead).
  const install = () => ({ ...botAdded({ conversation, serviceUrl, botId: '28:namndbot' }), membersAdded: [{ id: '29:someone-else' }] });
  const message = () => teamsMessage({ text: 'hjälp', from: { id: '29:x', aadObjectId: 'aad-x', name: 'X' }, conversation, serviceUrl });

  it('answers 401 to a request without a token', async () => {
    expect((await postActivity(`${bot.url}/api/messages`, message())).status).toBe(401);
  });

  it('answers 401 to a token signed by someone else', async () => {
    const other = await startTokenIssuer();
    const forged = other.sign({ aud: appId, serviceurl: serviceUrl });
    await other.close();
    expect((await postActivity(`${bot.url}/api/messages`, message(), { authorization: `Bearer ${forged}` })).status).toBe(401);
  });

  it('answers 401 to a token for another app and to an expired one', async () => {
    const wrongAudience = issuer.sign({ aud: '99999999-0000-0000-0000-000000000000', serviceurl: serviceUrl });
    const expired = issuer.sign({ aud: appId, serviceurl: serviceUrl }, { expiresInSeconds: -3600 });
    for (const token of [wrongAudience, expired]) expect((await postActivity(`${bot.url}/api/messages`, message(), { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('accepts a properly signed token', async () => {
    const token = issuer.sign({ aud: appId, serviceurl: serviceUrl });
    expect((await postActivity(`${bot.url}/api/messages`, install(), { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('logs that it validates tokens', () => {
    expect(bot.logs.some((l) => l.includes('"auth":"jwt"'))).toBe(true);
  });
});

describe('configuration', () => {
  it('stops with a clear message for a bad value', async () => {
    await expect(startBotProcess({ PORT: 'many' })).rejects.toThrow(/PORT/);
    await expect(startBotProcess({ MicrosoftAppId: appId })).rejects.toThrow(/MicrosoftAppPassword: behövs när MicrosoftAppId är satt/);
  });
});
