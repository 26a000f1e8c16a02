import { randomUUID } from 'node:crypto';
import { parseRecord } from './decode';
import type { RecordStore } from './record-store';
import { AuditEntry, keys } from './records';

const csvCell = (v: string | null): string => {
  const s = v ?? '';
  // A leading = + - @ would run as a formula in Excel: prefix it (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The audit log: every action appended as its own record, so appends never conflict and nothing is overwritten. */
export function createAuditLog(store: RecordStore) {
  // Entries of the same millisecond keep their order within a process; the UUID keeps processes apart.
  let sequence = 0;
  return {
    async append(entry: AuditEntry): Promise<void> {
      const nonce = `${String(++sequence).padStart(10, '0')}-${randomUUID()}`;
      await store.compareAndSet(keys.audit(entry.meetingId, entry.at, nonce), null, AuditEntry.parse(entry));
    },
    async list(meetingId: string | null): Promise<AuditEntry[]> {
      const rows = await store.list(keys.audits(meetingId));
      return rows.map((r) => parseRecord(AuditEntry, r.record.value));
    },
    /** The log as CSV (comma separated, UTF-8 with BOM so Excel reads å, ä, ö). */
    async csv(meetingId: string | null): Promise<string> {
      const header = ['tid', 'möte', 'vem_id', 'vem', 'åtgärd', 'gäller', 'utfall', 'detalj'];
      const lines = (await this.list(meetingId)).map((e) =>
        [e.at, e.meetingId, e.actorId, e.actorName, e.action, e.target, e.outcome, e.detail].map(csvCell).join(','),
      );
      return '\uFEFF' + [header.join(','), ...lines].join('\r\n') + '\r\n';
    },
  };
}

/** The audit log's interface. */
export type AuditLog = ReturnType<typeof createAuditLog>;
