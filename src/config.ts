import path from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? s : undefined));

const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    /** sqlite://path (default: DATA_DIR/namndbot.sqlite), memory://, or redis://host:port. */
    STORE_URL: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    /** Where the Bot Connector's signing keys are published; set only for a sovereign cloud (or a test's own issuer). */
    BOT_OPENID_METADATA_URL: optionalText.pipe(z.string().url('ska vara en URL').optional()),
    API_KEY: optionalText.refine((k) => k === undefined || k.length >= 16, 'ska vara minst 16 tecken'),
    ROSTER_FILE: optionalText,
    APPROVAL_SLOTS: z.coerce.number().int().min(1).max(5).default(1),
    DELEGATION_REQUEST_DAYS: z.coerce.number().int().min(0).max(10).default(2),
    EXTRA_NON_WORKING_DAYS: z
      .string()
      .optional()
      .transform((s) => (s ? s.split(/[,\s]+/).filter(Boolean) : []))
      .pipe(z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum ska skrivas ÅÅÅÅ-MM-DD'))),
    /** The bot's address as people's browsers reach it (calendar links on cards). */
    PUBLIC_URL: optionalText.pipe(z.string().url('ska vara en URL').optional()),
    REMINDER_HOUR: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'ska vara en tid TT:MM').default('09:00'),
    REMINDER_LAST_HOUR: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'ska vara en tid TT:MM').default('17:00'),
    SCHEDULER_INTERVAL_SECONDS: z.coerce.number().min(0.05).max(3600).default(60),
    /** How long an instance's claim on a job holds without renewal: a crashed instance's job is taken over after this. */
    JOB_LEASE_SECONDS: z.coerce.number().min(0.3).max(3600).default(60),
    /** For demos and tests: the bot's clock starts at this instant and runs on from there. */
    NAMNDBOT_CLOCK_START: optionalText.pipe(z.string().datetime({ offset: true, message: 'ska vara en tidpunkt som 2022-11-25T08:00:00Z' }).optional()),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppPassword'], message: 'behövs när MicrosoftAppId är satt' });
    }
    if (!c.MicrosoftAppId && c.MicrosoftAppType && c.MicrosoftAppType !== 'MultiTenant') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppType'], message: `${c.MicrosoftAppType} kräver MicrosoftAppId` });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppTenantId'], message: 'behövs för SingleTenant' });
    }
  });

/** Nämndbot's configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  storeUrl: string;
  /** Bot Framework credentials; null runs unauthenticated (Agents Playground, Emulator, tests). */
  auth: { appId: string; appPassword: string | null; tenantId: string | null; appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI'; openIdMetadataUrl: string | null } | null;
  apiKey: string | null;
  rosterFile: string | null;
  approvalSlots: number;
  /** Arbetsdagar before the meeting by which delegation/anmälan documents must be requested; 0 turns the rule off. */
  delegationRequestDays: number;
  extraNonWorkingDays: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  reminders: { hour: string; lastHour: string; intervalMs: number; leaseMs: number };
  /** The bot's public address, for links on cards. */
  publicUrl: string;
  /** Set only for demos and tests: the instant the bot's clock starts from. */
  clockStart: string | null;
}

/** A bad environment value: the message names the variable and what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment; the only reader of process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Felaktig konfiguration:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.DATA_DIR);
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir,
    storeUrl: c.STORE_URL ?? `sqlite://${path.join(dataDir, 'namndbot.sqlite')}`,
    auth: c.MicrosoftAppId
      ? {
          appId: c.MicrosoftAppId,
          appPassword: c.MicrosoftAppPassword ?? null,
          tenantId: c.MicrosoftAppTenantId ?? null,
          appType: c.MicrosoftAppType ?? 'MultiTenant',
          openIdMetadataUrl: c.BOT_OPENID_METADATA_URL ?? null,
        }
      : null,
    apiKey: c.API_KEY ?? null,
    rosterFile: c.ROSTER_FILE ? path.resolve(c.ROSTER_FILE) : null,
    approvalSlots: c.APPROVAL_SLOTS,
    delegationRequestDays: c.DELEGATION_REQUEST_DAYS,
    extraNonWorkingDays: c.EXTRA_NON_WORKING_DAYS,
    logLevel: c.LOG_LEVEL,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    reminders: { hour: c.REMINDER_HOUR, lastHour: c.REMINDER_LAST_HOUR, intervalMs: Math.round(c.SCHEDULER_INTERVAL_SECONDS * 1000), leaseMs: Math.round(c.JOB_LEASE_SECONDS * 1000) },
    clockStart: c.NAMNDBOT_CLOCK_START ?? null,
  };
}
