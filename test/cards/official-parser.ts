import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

interface Version {
  toString(): string;
}
interface ValidationEvent {
  message: string;
}
interface AdaptiveCardsLibrary {
  AdaptiveCard: new () => { hostConfig: unknown; parse(json: unknown, ctx: unknown): void; validateProperties(): { validationEvents: ValidationEvent[] } };
  SerializationContext: new () => { targetVersion: Version; eventCount: number; getEventAt(i: number): ValidationEvent };
  HostConfig: new (config: unknown) => unknown;
  Versions: { v1_5: Version };
}

let library: AdaptiveCardsLibrary | undefined;

/**
 * The official Adaptive Cards library (npm adaptivecards 3.0.6, the renderer of Teams' web client).
 * Its package main does not load in Node, so its browser bundle runs in a vm context: parsing and
 * validation touch no DOM (rendering would), so no DOM shim is needed.
 */
function adaptiveCards(): AdaptiveCardsLibrary {
  if (!library) {
    const bundle = fs.readFileSync(path.resolve(__dirname, '../../node_modules/adaptivecards/dist/adaptivecards.js'), 'utf8');
    const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout };
    sandbox.window = sandbox;
    sandbox.self = sandbox;
    vm.createContext(sandbox);
    vm.runInContext(bundle, sandbox, { filename: 'adaptivecards.js' });
    library = sandbox.AdaptiveCards as AdaptiveCardsLibrary;
  }
  return library;
}

/** The library's version: the parser below reads cards as this version, so 1.6 properties are reported. */
export function officialTargetVersion(): string {
  return adaptiveCards().Versions.v1_5.toString();
}

/**
 * Every warning and error the official parser reports for a card read as schema 1.5 (unknown element
 * and action types, properties newer than 1.5, invalid values), then every validation failure (duplicate
 * ids, more actions than Teams' six, missing required properties).
 */
export function officialParseEvents(card: unknown): string[] {
  const AC = adaptiveCards();
  const ctx = new AC.SerializationContext();
  ctx.targetVersion = AC.Versions.v1_5;
  const parsed = new AC.AdaptiveCard();
  parsed.hostConfig = new AC.HostConfig({ actions: { maxActions: 6 } });
  parsed.parse(JSON.parse(JSON.stringify(card)), ctx);
  const parseEvents = Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message);
  return [...parseEvents, ...parsed.validateProperties().validationEvents.map((e) => e.message)];
}
