import type { IsoDate } from './dates';
import { ok, refuse, type Result } from './result';

/**
 * A request to see the documents behind delegationsbeslut or anmälningsärenden must reach the
 * sekreterare at the latest N arbetsdagar before the meeting (local rutin; N:6764–6768). The deadline
 * day itself is still in time.
 */
export function checkRequestDeadline(today: IsoDate, deadline: IsoDate | null): Result<{ deadline: IsoDate | null }, 'REQUEST.TOO_LATE'> {
  if (deadline !== null && today > deadline) return refuse('REQUEST.TOO_LATE', { deadline });
  return ok({ deadline });
}
