import type { WorkingDayCalendar } from '../calendar';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { AuditLog } from '../store/audit-log';
import type { ConversationRepository } from '../store/conversation-repository';
import type { MeetingRepository } from '../store/meeting-repository';
import type { RecordStore } from '../store/record-store';
import type { RequestRepository } from '../store/request-repository';
import type { RosterRepository } from '../store/roster-repository';
import type { JobRepository } from '../scheduler/job-repository';
import type { JusteringRepository } from '../store/justering-repository';
import type { FollowUpRepository } from '../store/follow-up-repository';
import type { DeliveryHours } from '../scheduler/policy';
import type { Background } from './background';
import type { ViewContext } from './card-views';
import type { Publisher } from './publisher';
import type { Sender } from './sender';

/** Everything the handlers use, built once in the composition root. */
export interface BotDeps {
  config: Config;
  log: Logger;
  store: RecordStore;
  meetings: MeetingRepository;
  conversations: ConversationRepository;
  roster: RosterRepository;
  requests: RequestRepository;
  jobs: JobRepository;
  justering: JusteringRepository;
  followUps: FollowUpRepository;
  /** When reminders may go out (arbetsdagar, Europe/Stockholm). */
  hours: DeliveryHours;
  audit: AuditLog;
  sender: Sender;
  publisher: Publisher;
  background: Background;
  /** Asks the scheduler to run due jobs now rather than at its next tick (a publication was just planned). */
  wakeJobs: () => void;
  calendar: WorkingDayCalendar;
  /** The current instant; tests pass their own. */
  now: () => Date;
  viewContext: () => Promise<ViewContext>;
}
