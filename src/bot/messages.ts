/**
 * Every Swedish sentence the bot writes outside the card templates. One place, so the wording is
 * consistent and reviewable by a nämndsekreterare.
 */
import type { ApprovalSlot } from '../domain';

/** The meeting as people name it: "Socialnämnden 8 december 2022". */
export const meetingTitle = (committee: string, dateText: string): string => `${committee} ${dateText}`;

/** An approval slot's status line, the same wording the pack's stamp uses. */
export function approvalStatusText(slot: ApprovalSlot, assigneeName: string | null): string {
  switch (slot.state) {
    case 'pending':
      return assigneeName ? `Väntar på godkännande (${assigneeName})` : 'Väntar på godkännande';
    case 'approved':
      return `Slutversion av Tjänsteskrivelsen godkändes ${slot.date} (${slot.by.name})`;
    case 'changes_requested':
      return `Ändring begärd: ${slot.comment} (${slot.by.name})`;
    case 'needs_review':
      return `Behöver granskas: ${slot.reason}`;
  }
}

/** Short words on cards and in lists. */
export const words = {
  decidedBy: (body: string): string => (body === 'kommunfullmaktige' ? 'Kommunfullmäktige' : 'Nämnden'),
  status: { sekretess: 'Sekretess', information: 'Information', beslut: 'Beslut', anmals: 'Anmäls', approved: 'Godkänd', changes: 'Ändring begärd', waiting: 'Väntar på godkännande' },
  waitingOf: (done: number, total: number): string => `Väntar (${done} av ${total})`,
  noHandlingar: 'Kallelsen listar inga handlingar till det här ärendet.',
  requestBy: (date: string): string => `Begär senast ${date}`,
  requestListsBy: (date: string): string => `Begär delegationsbeslut och anmälningsärenden senast ${date}`,
  lastDayToRequest: (date: string): string => `Sista dag att begära: ${date}`,
  noDeadline: 'Ingen sista dag är satt',
  approvedSummary: (approved: number, total: number): string => `${approved} av ${total} tjänsteskrivelser godkända`,
  requestButton: (kind: string, number: string): string => `Begär ${kind === 'delegation' ? 'delegationsbeslut' : 'anmälningsärenden'} (${number})`,
  /** What a request is for, in "Din begäran om …". */
  requestWhat: (kind: string): string => (kind === 'delegation' ? 'delegationsbesluten' : 'anmälningsärendena'),
  fileTooLarge: 'Filen är större än 30 MB.',
  noDownloadLink: 'bilagan saknar nedladdningslänk.',
  chooseGroupConversation: 'Välj nämndens kanal eller gruppchatt, inte en 1:1-chatt.',
  unknownPerson: 'okänd',
  nobodyAssigned: 'ingen utsedd',
  statusChanges: (comment: string): string => `ändring begärd: ${comment}`,
  statusWaiting: (who: string): string => `väntar (${who})`,
  handlingarShownInChat: (number: string): string => `Handlingarna till ärende ${number} visas i chatten.`,
};

export const msg = {
  greeting: (committeeName: string): string =>
    `Hej! Jag är Nämndbot för ${committeeName}. Jag lägger upp ett kort per ärende när sekreteraren importerar kallelsen, samlar in godkännanden av tjänsteskrivelser och svarar på frågor om handlingar. Skriv "hjälp" för att se vad du kan göra.`,
  becameCommittee: 'Den här konversationen är nu nämndens: här lägger jag upp dagordningen och korten.',
  committeeSet: 'Klart: den här konversationen är nu nämndens. Dagordningen och korten läggs upp här.',
  notInRoster: 'Du finns inte i nämndens förteckning, så jag kan inte visa något. Kontakta nämndsekreteraren om du ska ha tillgång.',
  onlySekreterare: 'Det kan bara nämndsekreteraren göra.',
  unknownCommand: (text: string): string =>
    `Jag förstod inte "${text.slice(0, 80)}". Skriv "hjälp" för att se vad du kan göra, till exempel "handlingar 5" eller "status".`,
  noMeeting: 'Det finns inget sammanträde importerat ännu. Nämndsekreteraren importerar kallelsen.',
  noSuchArende: (ref: string): string => `Jag hittar inget ärende "${ref}" på dagordningen. Skriv numret som i kallelsen, till exempel "handlingar 5", eller diarienumret.`,
  handlingarUsage: 'Skriv vilket ärende du menar, till exempel "handlingar 5" eller "handlingar SN22/31".',
  sekretessHandlingar: 'Handlingar dukas på gruppmötet',
  noHandlingar: 'Kallelsen listar inga handlingar till det här ärendet.',
  noHandlingarAccess: 'Handlingar kan begäras av ledamöter, ersättare, ordföranden och sekreteraren.',
  requestRegistered: (what: string, deadline: string): string =>
    `Din begäran om ${what} är registrerad och skickad till nämndsekreteraren. (Sista dag att begära: ${deadline}.)`,
  requestAlready: (what: string): string => `Du har redan begärt ${what} till det här sammanträdet. Sekreteraren har din begäran.`,
  requestTooLate: (what: string, deadline: string): string =>
    `För sent att begära ${what}: det skulle ske senast ${deadline}, två arbetsdagar innan mötet. Kontakta nämndsekreteraren direkt om det är viktigt.`,
  requestForSekreterare: (who: string, what: string, arende: string): string => `${who} begär att få ta del av ${what} (ärende ${arende}).`,
  approved: (number: string, date: string): string => `Tack! Slutversionen av tjänsteskrivelsen till ärende ${number} är godkänd ${date}.`,
  changesRequestedNotice: (who: string, number: string, title: string, comment: string): string =>
    `${who} begär ändring i tjänsteskrivelsen till ärende ${number} "${title}": ${comment}`,
  assignedNotice: (number: string, title: string, meeting: string): string =>
    `Du är utsedd att godkänna slutversionen av tjänsteskrivelsen till ärende ${number} "${title}" inför ${meeting}.`,
  assigned: (name: string, number: string): string => `${name} godkänner nu tjänsteskrivelsen till ärende ${number}.`,
  refusals: {
    'APPROVAL.NO_TJANSTESKRIVELSE': 'Det här ärendet har ingen tjänsteskrivelse att godkänna.',
    'APPROVAL.NOT_ALLOWED': 'Du kan inte godkänna den här tjänsteskrivelsen: det gör den utsedda godkännaren.',
    'APPROVAL.ALREADY_GIVEN': 'Tjänsteskrivelsen är redan godkänd. Inget ändrades.',
    'APPROVAL.NOT_YOUR_TURN': 'Godkännandet väntar på en annan godkännare. Inget ändrades.',
    'APPROVAL.EMPTY_COMMENT': 'Skriv vad som behöver ändras.',
    'APPROVAL.NO_SUCH_SLOT': 'Det finns ingen sådan godkännandeplats.',
    'CARD.STALE': 'Kortet var inaktuellt: ärendet har ändrats sedan det visades. Inget ändrades; här är det aktuella kortet.',
    'CARD.UNKNOWN': 'Kortet hör inte till något ärende jag känner till. Inget ändrades.',
    'CARD.INVALID': 'Kortet skickade ofullständiga uppgifter. Inget ändrades.',
  } as Record<string, string>,
  importDone: (title: string, count: number, summary: string): string => `Kallelsen till ${title} är importerad: ${count} ärenden. ${summary}`,
  importSummary: (added: number, changed: number, removed: number): string =>
    [added ? `${added} nya` : '', changed ? `${changed} ändrade` : '', removed ? `${removed} borttagna` : ''].filter(Boolean).join(', ') || 'Inga ändringar.',
  importFailed: (reason: string): string => `Kallelsen gick inte att importera: ${reason}`,
  noCommitteeConversation: 'Ingen konversation är markerad som nämndens ännu. Lägg till appen i nämndens kanal eller gruppchatt, eller skriv "nämndens konversation" där.',
  importHowTo: 'Bifoga kallelsen som PDF- eller textfil här i vår 1:1-chatt, eller klistra in dagordningen som JSON.',
  status: (title: string, approved: number, total: number): string => `${title}: ${approved} av ${total} tjänsteskrivelser godkända.`,
  statusMissing: (lines: string[]): string => (lines.length ? `Saknas:\n${lines.map((l) => `- ${l}`).join('\n')}` : 'Alla tjänsteskrivelser är godkända.'),
  rosterUpdated: (name: string, added: boolean): string => `${name} är ${added ? 'tillagd i' : 'uppdaterad i'} förteckningen.`,
  rosterUsage: 'Skriv till exempel: person lägg till Anna Ek, <Entra-objekt-id>, ledamot',
  rosterBadRole: (role: string): string => `Okänd roll "${role}". Roller: ordforande, sekreterare, ledamot, ersattare, tjansteperson, godkannare.`,
  assignUsage: 'Skriv till exempel: tilldela 5 Caroline Svensson',
  personNotFound: (name: string): string => `Jag hittar ingen "${name}" i förteckningen.`,
  auditReady: (count: number): string => `Granskningsloggen har ${count} rader. Här är den som CSV.`,
  somethingWentWrong: 'Något gick fel hos mig. Inget av det du gjorde gick förlorat; försök igen om en stund.',
  removedFromAgenda: 'Ärendet är borttaget från dagordningen.',
  delegationReminderTitle: 'Delegationsbeslut och anmälningsärenden',
  delegationReminder: (meeting: string, deadline: string): string =>
    `Vill du ta del av delegationsbeslut eller anmälningsärenden inför sammanträdet ${meeting}? Meddela sekreteraren senast ${deadline}.`,
  approvalDigest: (meeting: string, lines: string[]): string =>
    `Tjänsteskrivelser som väntar på ditt godkännande inför sammanträdet ${meeting}:\n${lines.join('\n')}`,
  justeringLatest: (date: string): string => `Justering senast ${date}, 14 dagar efter sammanträdet (kommunallagen 5 kap. 69 §).`,
  anslagLatest: (date: string): string => `Anslag om justeringen senast ${date}, andra dagen efter justeringen (kommunallagen 8 kap. 12 §).`,
  justeringTooLate: (suggested: string): string => `Datumet är senare än lagen tillåter. Föreslaget: ${suggested}.`,
  justeringBeforeMeeting: 'Justeringen kan inte ske före sammanträdet.',
  justerat: (anslag: string, appeal: string): string =>
    `Protokollet är justerat och anslaget ${anslag}. Sista dag att överklaga: ${appeal} (kommunallagen 13 kap. 5 §).`,
  justerareStatus: { waiting: 'tillfrågas om någon får förhinder', asked: 'tillfrågad', confirmed: 'har bekräftat', declined: 'kan inte' } as Record<string, string>,
  justeringAsk: (meeting: string, when: string, place: string | null): string =>
    `Du är justerare för ${meeting}. Justering ${when}${place ? `, ${place}` : ''}. Bekräfta eller säg till om du inte kan.`,
  justeringAssigned: (names: string): string => `Justeringen är sparad och ${names} har fått frågan.`,
  justeringNobodyAsked: 'Justeringen är sparad. Ingen av justerarna finns i förteckningen med 1:1-chatt, så ingen fick frågan i Teams.',
  justeringConfirmed: 'Tack! Du är bekräftad som justerare.',
  justeringDeclined: (next: string | null): string => (next ? `Uppfattat. ${next} tillfrågas i stället.` : 'Uppfattat. Det finns ingen ersättare kvar; sekreteraren har fått veta.'),
  justeringConfirmedToSekreterare: (who: string): string => `${who} har bekräftat som justerare.`,
  justeringDeclinedToSekreterare: (who: string, next: string): string => `${who} kan inte; ${next} tillfrågas i stället som justerare.`,
  incompleteData: 'ofullständiga uppgifter',
  justeringNoErsattare: (who: string): string => `${who} kan inte justera och det finns ingen ersättare kvar att fråga.`,
  justeringReminder: (meeting: string, when: string, place: string | null): string =>
    `Påminnelse: justering av protokollet från ${meeting} ${when}${place ? `, ${place}` : ''}.`,
  justeringBadInput: (what: string): string => `Justeringen sparades inte: ${what}`,
  justeringRefusals: {
    'JUSTERING.NOT_ASKED': 'Du är inte tillfrågad som justerare för det här sammanträdet.',
    'JUSTERING.ALREADY_ANSWERED': 'Du har redan svarat. Inget ändrades.',
    'JUSTERING.ALREADY_JUSTERAT': 'Protokollet är redan justerat. Inget ändrades.',
    'JUSTERING.BEFORE_MEETING': 'Anslaget kan inte vara före sammanträdet.',
  } as Record<string, string>,
  wrongConversation: 'Det gör du i 1:1-chatten med mig, så att det inte syns för alla.',
  followUpHeading: (number: string, dnr: string | null, who: string | null, when: string): string =>
    `Ärende ${number}${dnr ? ` (${dnr})` : ''}: ${who ? `${who} ska rapportera` : 'en rapport ska lämnas'} till sammanträdet ${when}.`,
  followUpOffer: (count: number): string =>
    `${count === 1 ? 'Ett förslag' : `${count} förslag`} till beslut beställer en rapport till ett senare sammanträde. Vill du ha en påminnelse inför det?`,
  followUpCreated: (when: string, reminder: string | null): string =>
    reminder
      ? `Påminnelsen är skapad. Du får den ${reminder}, inför sammanträdet ${when}.`
      : `Uppföljningen är sparad, men sammanträdet ${when} är för nära för en påminnelse i förväg.`,
  followUpReminder: (dnr: string | null, title: string, who: string | null, when: string, decidedAt: string, what: string): string =>
    `Påminnelse: ${dnr ? `${dnr} ` : ''}${title}. ${who ? `${who} ska rapportera` : 'En rapport ska lämnas'} till sammanträdet ${when}. Ta upp ärendet på dagordningen.\n\nFörslag till beslut (${decidedAt}): ${what}`,
  followUpRefusals: {
    'FOLLOWUP.NOT_OFFERED': 'Kortet hör inte till någon återrapport jag känner till. Inget ändrades.',
    'FOLLOWUP.ALREADY_CREATED': 'Påminnelsen finns redan. Inget ändrades.',
    'FOLLOWUP.MEETING_PASSED': 'Sammanträdet som rapporten gällde har redan varit. Ingen påminnelse skapades.',
    'FOLLOWUP.STALE': 'Förslaget till beslut har ändrats sedan kortet skickades. Inget ändrades; skriv "uppföljningar" för att se vad som gäller nu.',
  } as Record<string, string>,
  followUpsNone: 'Inga återrapporter till kommande sammanträden. De hittas i förslagen till beslut när kallelsen importeras.',
  followUpsList: (lines: string[]): string => `Återrapporter till kommande sammanträden:\n${lines.map((l) => `- ${l}`).join('\n')}`,
  followUpLine: (dnr: string | null, title: string, heading: string, reminder: string | null, created: boolean): string =>
    `${dnr ? `${dnr} ` : ''}${title}: ${heading} ${created ? (reminder ? `Påminnelse ${reminder}.` : 'Ingen påminnelse (för nära sammanträdet).') : 'Ingen påminnelse skapad.'}`,
  expectedReports: (lines: string[]): string => `Till det här sammanträdet väntas återrapporter:\n${lines.map((l) => `- ${l}`).join('\n')}`,
  expectedReportLine: (dnr: string | null, title: string, who: string | null, decidedAt: string): string =>
    `${dnr ? `${dnr} ` : ''}${title}${who ? `: ${who}` : ''} (beslut ${decidedAt})`,
};

const FOLLOW_UPS_HELP = '- "uppföljningar": återrapporter som beslut beställt till kommande sammanträden, och deras påminnelser';

/** The help text by role. */
export function helpText(roles: string[]): string {
  const lines = ['Det här kan du göra:'];
  const any = (...r: string[]): boolean => r.some((x) => roles.includes(x));
  if (any('ledamot', 'ersattare', 'ordforande', 'sekreterare')) {
    lines.push('- "handlingar 5" eller "handlingar SN22/31": visa handlingarna till ett ärende');
    lines.push('- begära delegationsbeslut och anmälningsärenden med knappen "Begär handlingar" (senast två arbetsdagar före mötet)');
  }
  if (any('godkannare', 'tjansteperson', 'sekreterare', 'ordforande')) lines.push('- godkänna slutversionen av en tjänsteskrivelse eller begära ändring, på ärendets kort');
  if (any('sekreterare')) {
    lines.push('- importera kallelsen: bifoga PDF eller text i 1:1-chatten, eller klistra in JSON');
    lines.push('- "status": vilka tjänsteskrivelser som är godkända');
    lines.push(FOLLOW_UPS_HELP);
    lines.push('- "tilldela 5 Caroline Svensson": byt godkännare för ett ärende');
    lines.push('- "person lägg till Anna Ek, <Entra-id>, ledamot": ändra förteckningen');
    lines.push('- "nämndens konversation": gör den här konversationen till nämndens');
    lines.push('- "logg": granskningsloggen som CSV');
  }
  if (any('ordforande') && !any('sekreterare')) lines.push(FOLLOW_UPS_HELP);
  lines.push('- "hjälp": den här listan');
  return lines.join('\n');
}
