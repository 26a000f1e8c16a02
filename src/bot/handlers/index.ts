import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import * as agenda from './agenda';
import * as approvals from './approvals';
import * as auditLog from './audit';
import * as followUps from './follow-ups';
import * as handlingar from './handlingar';
import * as help from './help';
import * as install from './install';
import * as justering from './justering';
import * as roster from './roster';

/** Registers every feature in a fixed order; the catch-all message route goes last (first match wins in teams-ai). */
export function registerHandlers(app: Application<TurnState>, deps: BotDeps): void {
  install.register(app, deps);
  agenda.register(app, deps);
  approvals.register(app, deps);
  handlingar.register(app, deps);
  justering.register(app, deps);
  followUps.register(app, deps);
  roster.register(app, deps);
  auditLog.register(app, deps);
  help.register(app, deps);
  help.registerFallback(app, deps);
}
