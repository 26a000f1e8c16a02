/** A running round-robin proxy. */
export interface RoundRobinProxy {
  /** Its base URL, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Requests passed to each target so far, in the order of the targets. */
  counts: number[];
  close(): Promise<void>;
}

/** Starts a round-robin HTTP proxy on loopback in front of `targets` (base URLs). */
export function startRoundRobinProxy(targets: string[], opts?: { port?: number; host?: string }): Promise<RoundRobinProxy>;
