import type { TurnState } from '@microsoft/teams-ai';
// The two classes from their own modules: the package's index also loads its AI planner, models and tokenizer,
// which Nämndbot does not use and which would add 12 MB to the heap every garbage collection walks.
import { Application } from '@microsoft/teams-ai/lib/Application';
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { ActivityTypes } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { BotDeps } from './deps';
import { registerHandlers } from './handlers';
import { msg } from './messages';

/** The Bot Framework adapter: anonymous without MicrosoftAppId (local runs), JWT-validated with it. */
export function createAdapter(config: Config, log: Logger): TeamsAdapter {
  const auth = config.auth;
  if (!auth) log.warn('no MicrosoftAppId: accepting unauthenticated requests (Agents Playground, Emulator, tests)');
  return new TeamsAdapter(
    auth
      ? {
          MicrosoftAppId: auth.appId,
          MicrosoftAppPassword: auth.appPassword ?? undefined,
          MicrosoftAppTenantId: auth.tenantId ?? undefined,
          MicrosoftAppType: auth.appType,
          // A custom key source switches botbuilder to its parameterised mode, which needs the rest of the public cloud's settings spelt out.
          ...(auth.openIdMetadataUrl
            ? {
                ValidateAuthority: true,
                ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
                ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
                ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
                OAuthUrl: AuthenticationConstants.OAuthUrl,
                ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl,
                ToBotFromEmulatorOpenIdMetadataUrl: auth.openIdMetadataUrl,
              }
            : {}),
        }
      : {},
  );
}

/** The teams-ai Application with Nämndbot's routes and one turn error handler. */
export function createApp(deps: BotDeps, adapter?: TeamsAdapter): Application<TurnState> {
  const app = new Application<TurnState>({
    ...(adapter ? { adapter } : {}),
    botAppId: deps.config.auth?.appId ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  registerHandlers(app, deps);
  app.error(async (context, error) => {
    deps.log.error('turn failed', { err: error, activityType: context.activity.type, conversationId: context.activity.conversation?.id });
    if (context.activity.type === ActivityTypes.Invoke) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: msg.somethingWentWrong } } });
    } else if (context.activity.type === ActivityTypes.Message) {
      await context.sendActivity(msg.somethingWentWrong);
    }
  });
  return app;
}
