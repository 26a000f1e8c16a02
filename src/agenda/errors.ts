/** Why an agenda could not be imported; the message is Swedish and names what is wrong and where. */
export type AgendaErrorCode =
  | 'AGENDA.EMPTY'
  | 'AGENDA.BINARY'
  | 'AGENDA.NOT_A_KALLELSE'
  | 'AGENDA.NO_DATE'
  | 'AGENDA.NO_ITEMS'
  | 'AGENDA.INVALID_JSON'
  | 'AGENDA.INVALID_YAML'
  | 'AGENDA.SCHEMA'
  | 'AGENDA.PDF_UNREADABLE'
  | 'AGENDA.UNSUPPORTED_TYPE'
  | 'AGENDA.TOO_LARGE';

/** An expected import failure: a user's file is wrong, not the program. Never carries a stack trace to the user. */
export class AgendaError extends Error {
  override readonly name = 'AgendaError';
  constructor(
    readonly code: AgendaErrorCode,
    message: string,
    /** Where: a 1-based line number in the kallelse text, or a JSON path like "items[3].number". */
    readonly where: string | null = null,
  ) {
    super(where ? `${message} (${where})` : message);
  }
}
