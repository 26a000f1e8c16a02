/**
 * Teams' limits per bot per conversation: 7 messages / 1 s, 8 / 2 s, 60 / 30 s, 1800 / hour.
 * `delayFor` says how long to wait before the next send so that no window is exceeded.
 */
export const TEAMS_CONVERSATION_LIMITS: ReadonlyArray<{ count: number; windowMs: number }> = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
  { count: 1_800, windowMs: 3_600_000 },
];

/** Sliding-window pacing for one conversation; times are passed in (milliseconds). */
export class ConversationPacer {
  private readonly sent: number[] = [];
  constructor(
    private readonly limits = TEAMS_CONVERSATION_LIMITS,
    /** Safety margin per send, for clock skew between us and the service. */
    private readonly marginMs = 25,
  ) {}

  /** Milliseconds to wait at `now` before the next send fits every window. */
  delayFor(now: number): number {
    let wait = 0;
    for (const { count, windowMs } of this.limits) {
      const inWindow = this.sent.filter((t) => t > now - windowMs);
      if (inWindow.length >= count) {
        const oldestThatMustLeave = inWindow[inWindow.length - count] as number;
        wait = Math.max(wait, oldestThatMustLeave + windowMs - now + this.marginMs);
      }
    }
    return wait;
  }

  /** Records a send at `now`, forgetting what no window can see any more. */
  record(now: number): void {
    this.sent.push(now);
    const horizon = now - Math.max(...this.limits.map((l) => l.windowMs));
    while (this.sent.length && (this.sent[0] as number) <= horizon) this.sent.shift();
  }
}
