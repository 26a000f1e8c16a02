import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

interface ParseEvent {
  message: string;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, ctx: unknown): void };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): ParseEvent };
}

let loaded: AdaptiveCardsModule | undefined;

/** The official Adaptive Cards library (npm adaptivecards, the renderer Teams' web client uses), loaded from its browser bundle. */
function adaptiveCards(): AdaptiveCardsModule {
  if (!loaded) {
    const bundle = fs.readFileSync(path.resolve(__dirname, '../../node_modules/adaptivecards/dist/adaptivecards.js'), 'utf8');
    const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout };
    sandbox.window = sandbox;
    sandbox.self = sandbox;
    vm.createContext(sandbox);
    vm.runInContext(bundle, sandbox);
    loaded = sandbox.AdaptiveCards as AdaptiveCardsModule;
  }
  return loaded;
}

/** Every warning and error the official parser reports for a card. */
export function officialParseEvents(card: unknown): string[] {
  const AC = adaptiveCards();
  const ctx = new AC.SerializationContext();
  new AC.AdaptiveCard().parse(JSON.parse(JSON.stringify(card)), ctx);
  return Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message);
}
