/**
 * The command line's messages. The advice summary is for staff and comes in Danish and English
 * (`cliMessages`); help and error messages are for the administrators and scripts that run the
 * command line, and are English only by decision (`cliAdminMessages`), so that they can be searched
 * for and quoted in support tickets whatever the chosen locale.
 */
import type { OtherProvider, PersonalDataFinding } from "../advisor/types";
import { defineMessages, format } from "./catalogue";
import type { Params } from "./catalogue";

export const cliMessages = defineMessages(
  {
    headingOne: "Møde: {subject}",
    headingMany: "Møde {index} af {count}: {subject}",
    noSubject: "(intet emne)",
    when: "Tid: {when}",
    recommendation: "Anbefaling: {label}",
    purpose: "Formål: {label} (sikkerhed {percent} %)",
    reasons: "Begrundelser:",
    evidenceSubject: "Genkendt i emnet: {terms}",
    evidenceBody: "Genkendt i invitationens tekst: {terms}",
    reminders: "Påmindelser:",
    noReminders: "Påmindelser: ingen",
    important: "Vigtigt",
    travelNoSite: "Rejse: intet kendt arbejdssted, så rejsen kan ikke beregnes.",
    travelNobody: "Rejse: ingen skal rejse for at mødes i {site}.",
    travelNobodyKnown: "Rejse: ingen med kendt arbejdssted skal rejse for at mødes i {site}.",
    travelSaved:
      "Rejse: som videomøde sparer {people} turen til {site}, i alt {duration} og {distance} kørsel tur-retur.",
    peopleOne: "1 deltager",
    peopleMany: "{count} deltagere",
    unknownOne: "Arbejdsstedet kendes ikke for 1 deltager.",
    unknownMany: "Arbejdsstedet kendes ikke for {count} deltagere.",
    linkPresent: "Mødelink: {provider}-linket er i invitationen: {url}",
    linkPresentNoUrl: "Mødelink: {provider}-mødet er i invitationen.",
    linkAbsent: "Mødelink: intet {provider}-link i invitationen endnu.",
    videoAddress: "Videoadresse: {address}",
    others: "Andre mødetjenester i invitationen (to møder i ét?):",
    personalData: "Personoplysninger i invitationen (fjern dem):",
    personalDataItem: "{masked} i {field}",
    fieldSubject: "emnet",
    fieldBody: "teksten",
    fieldLocation: "stedet",
    fieldHidden: "skjult tekst",
    localGuidelines: "Lokale retningslinjer:",
    localGuidelineItem: "{unit}, {area}: {situation}: {guideline}",
    analyzeHeading: "Mødeguides analyse af {files}",
    analyzeFilesOne: "1 kalenderfil",
    analyzeFilesMany: "{count} kalenderfiler",
    analyzePolicy: "Politik: {name}, version {revision}",
    analyzePeriod: "Periode: {from} – {to}",
    analyzePeriodFile: "  (kalendernes egen periode; vælg en anden med --from og --to)",
    analyzePeriodDefault:
      "  (de 90 dage fra i dag: kalenderne giver ingen periode; vælg med --from og --to)",
    analyzeMeetings: "Møder: {meetings} (begivenheder i filerne: {events}, heraf serier: {series})",
    analyzeCancelled: "Aflyste møder, ikke talt med: {count}",
    analyzeDuplicates: "Samme møde i flere filer, talt én gang: {count}",
    analyzeTruncated: "Serier afkortet efter {max} gentagelser: {count}",
    analyzeUnknownZones: "Ukendte tidszoner, læst som {zone}: {zones}",
    analyzeSkipped: "Begivenheder sprunget over: {count}",
    analyzeSkippedItem: "  - {count} × {reason}",
    analyzeSkippedExample: "      {file}, linje {line}: {detail}",
    analyzeReasonUnreadable: "kunne ikke læses",
    analyzeReasonNoStart: "ingen starttid (DTSTART)",
    analyzeReasonBadTime: "en dato eller tid, der ikke findes",
    analyzeReasonEndBeforeStart: "slutter før de begynder",
    analyzeReasonBadRecurrence: "en gentagelsesregel (RRULE), der ikke kan læses",
    analyzeReasonTooLarge: "større end {limit}",
    analyzeReasonUnterminated: "slutter ikke (END:VEVENT mangler)",
    analyzeByRecommendation: "Anbefaling:",
    analyzeByPurpose: "Formål:",
    analyzeCountLine: "  {label}: {count} ({percent} %)",
    analyzeSavingsHeading: "Anbefalet som videomøde: {meetings}. Holdt som video ville de spare:",
    analyzeSavings: "  {duration} og {distance} kørsel, tur-retur",
    analyzeSavingsUnknown:
      "  Arbejdsstedet kendes ikke for {count} af deltagerne; deres kørsel er ikke regnet med (angiv stederne med --people FILE).",
    analyzeSavingsNoSite: "  Møder uden kendt mødested: {count}.",
    analyzeUnknownHeading:
      "Møder med ukendt formål: {count}. Hyppigste ord i emnerne (huller i ordforrådet):",
    analyzeUnknownWord: "  {word}: {count}",
    analyzeUnknownNone: "Møder med ukendt formål: ingen.",
    analyzePersonalHeading:
      "Møder med personoplysninger (CPR-numre, maskeret): {meetings}; fund: {findings}",
    analyzePersonalItem:
      '  - {masked} i {field}: "{subject}", {when} ({file}, linje {line}){times}',
    analyzePersonalTimes: ", {count} gange",
    analyzePersonalMore: "  … og {count} til",
    analyzePersonalNone: "Møder med personoplysninger (CPR-numre): ingen.",
  },
  {
    headingOne: "Meeting: {subject}",
    headingMany: "Meeting {index} of {count}: {subject}",
    noSubject: "(no subject)",
    when: "Time: {when}",
    recommendation: "Recommendation: {label}",
    purpose: "Purpose: {label} (confidence {percent}%)",
    reasons: "Reasons:",
    evidenceSubject: "Recognised in the subject: {terms}",
    evidenceBody: "Recognised in the invitation's text: {terms}",
    reminders: "Reminders:",
    noReminders: "Reminders: none",
    important: "Important",
    travelNoSite: "Travel: no known work site, so travel cannot be worked out.",
    travelNobody: "Travel: no one needs to travel to meet in {site}.",
    travelNobodyKnown: "Travel: no one whose work site is known needs to travel to meet in {site}.",
    travelSaved:
      "Travel: as a video meeting it saves {people} the trip to {site}, {duration} and {distance} of driving in all, round trip.",
    peopleOne: "1 attendee",
    peopleMany: "{count} attendees",
    unknownOne: "The work site of 1 attendee is not known.",
    unknownMany: "The work site of {count} attendees is not known.",
    linkPresent: "Meeting link: the {provider} link is in the invitation: {url}",
    linkPresentNoUrl: "Meeting link: the {provider} meeting is in the invitation.",
    linkAbsent: "Meeting link: no {provider} link in the invitation yet.",
    videoAddress: "Video address: {address}",
    others: "Other meeting services in the invitation (two meetings in one?):",
    personalData: "Personal data in the invitation (remove it):",
    personalDataItem: "{masked} in the {field}",
    fieldSubject: "subject",
    fieldBody: "body",
    fieldLocation: "location",
    fieldHidden: "hidden text",
    localGuidelines: "Local guidelines:",
    localGuidelineItem: "{unit}, {area}: {situation}: {guideline}",
    analyzeHeading: "Mødeguide's analysis of {files}",
    analyzeFilesOne: "1 calendar file",
    analyzeFilesMany: "{count} calendar files",
    analyzePolicy: "Policy: {name}, revision {revision}",
    analyzePeriod: "Period: {from} – {to}",
    analyzePeriodFile: "  (the calendars' own period; choose another with --from and --to)",
    analyzePeriodDefault:
      "  (the 90 days from today: the calendars give no period; choose with --from and --to)",
    analyzeMeetings:
      "Meetings: {meetings} (events in the files: {events}, series among them: {series})",
    analyzeCancelled: "Cancelled meetings, not counted: {count}",
    analyzeDuplicates: "The same meeting in several files, counted once: {count}",
    analyzeTruncated: "Series cut short after {max} occurrences: {count}",
    analyzeUnknownZones: "Unknown time zones, read as {zone}: {zones}",
    analyzeSkipped: "Events skipped: {count}",
    analyzeSkippedItem: "  - {count} × {reason}",
    analyzeSkippedExample: "      {file}, line {line}: {detail}",
    analyzeReasonUnreadable: "could not be read",
    analyzeReasonNoStart: "no start time (DTSTART)",
    analyzeReasonBadTime: "a date or time that does not exist",
    analyzeReasonEndBeforeStart: "end before they start",
    analyzeReasonBadRecurrence: "a recurrence rule (RRULE) that cannot be read",
    analyzeReasonTooLarge: "larger than {limit}",
    analyzeReasonUnterminated: "never end (END:VEVENT is missing)",
    analyzeByRecommendation: "By recommendation:",
    analyzeByPurpose: "By purpose:",
    analyzeCountLine: "  {label}: {count} ({percent}%)",
    analyzeSavingsHeading: "Advised as video: {meetings}. Held as video they would save:",
    analyzeSavings: "  {duration} and {distance} of driving, round trips",
    analyzeSavingsUnknown:
      "  The work site of {count} of the participants is not known; their driving is not counted (give the sites with --people FILE).",
    analyzeSavingsNoSite: "  Meetings with no known meeting site: {count}.",
    analyzeUnknownHeading:
      "Meetings whose purpose is unknown: {count}. Most frequent subject words (the vocabulary's gaps):",
    analyzeUnknownWord: "  {word}: {count}",
    analyzeUnknownNone: "Meetings whose purpose is unknown: none.",
    analyzePersonalHeading:
      "Meetings with personal data (CPR numbers, masked): {meetings}; findings: {findings}",
    analyzePersonalItem:
      '  - {masked} in the {field}: "{subject}", {when} ({file}, line {line}){times}',
    analyzePersonalTimes: ", {count} times",
    analyzePersonalMore: "  … and {count} more",
    analyzePersonalNone: "Meetings with personal data (CPR numbers): none.",
  },
);

export type CliMessageKey = keyof (typeof cliMessages)["da"];

/** Field names of personal-data findings, as message keys. */
export const PERSONAL_DATA_FIELD: Record<PersonalDataFinding["field"], CliMessageKey> = {
  subject: "fieldSubject",
  body: "fieldBody",
  location: "fieldLocation",
  hidden: "fieldHidden",
};

/** Product names are the same in every language. */
export const OTHER_PROVIDER_NAME: Record<OtherProvider, string> = {
  teams: "Microsoft Teams",
  zoom: "Zoom",
  webex: "Webex",
  meet: "Google Meet",
};

const USAGE_ADVISE =
  "moedeguide advise [--json] [--explain] [--locale da|en] [--policy FILE] FILE|-";
const USAGE_ANALYZE =
  "moedeguide analyze [--json] [--lang da|en] [--policy FILE] [--people FILE] [--from DATE] [--to DATE] CALENDAR.ics...";
const USAGE_POLICY_INIT = "moedeguide policy init [--force] FILE";

/** Help and error messages for administrators (English). Placeholders are written {name}. */
export const cliAdminMessages = {
  helpMain: `Mødeguide: advice on video or physical meetings, from the command line.

Usage:
  ${USAGE_ADVISE}
  ${USAGE_ANALYZE}
  ${USAGE_POLICY_INIT}
  moedeguide policy validate FILE|-
  moedeguide policy print
  moedeguide --help | --version

Commands:
  advise           advise on one meeting draft or an array of them (JSON)
  analyze          what Mødeguide would advise over calendars exported from Outlook (ICS)
  policy init      write the starting policy, with its JSON Schema beside it for your editor
  policy validate  check a policy file and list every problem in it
  policy print     print the embedded default policy, a starting point for your own

Run \`moedeguide COMMAND --help\` for a command's options.
Exit status: 0 done, 2 bad input or usage, 1 internal error.
`,
  helpAdvise: `Usage: ${USAGE_ADVISE}

Reads one MeetingDraft (a JSON object) or an array of them from FILE, or from standard input
when FILE is -, and prints the advice for each, in the same order.

Options:
  --json           print exactly the Advice JSON (an object, or an array for an array)
  --explain        also show how the advice came about: the words matched, with their field
                   and weight, the signals, and each rule that fired with the advice and
                   confidence after it (with --json: {"advice": …, "explanation": …} each)
  --locale da|en   language of the advice (default da)
  --policy FILE    use this policy instead of the embedded default
  -h, --help       show this help

A draft needs subject, start, end (ISO 8601 date-times with an offset, e.g.
2026-12-03T10:00:00+01:00, at most a year apart) and attendees (an array of
{email, name?, site?, type?}). Input is read up to 64 MB.
`,
  helpAnalyze: `Usage: ${USAGE_ANALYZE}

Reads calendars exported from Outlook (iCalendar, .ics), expands recurring series within a
period, runs the advisor on every meeting and prints a summary: meetings by recommendation and
by purpose, the hours and kilometres video meetings would save, the subject words of meetings
whose purpose stayed unknown (the vocabulary's gaps), and CPR numbers found (masked). Nothing
leaves the machine.

Options:
  --json           print the summary as JSON (its shape is in the README)
  --lang da|en     language of the summary (default da; --locale works too)
  --policy FILE    use this policy instead of the embedded default
  --people FILE    people's work sites (and units): CSV lines email,site[,unit]; without it
                   no one's travel is known and nothing is counted as saved
  --from DATE      first day of the period (YYYY-MM-DD, in the policy's time zone)
  --to DATE        last day of the period, included
  -h, --help       show this help

Without --from and --to the period is the files' own: from their earliest one-off meeting (or
series start, when there is none) to their latest one-off meeting or series end (UNTIL); with
nothing to go by, the 90 days from today. A series is expanded within the period,
at most 20,000 occurrences from its first. Each file is streamed, never held whole; an event
larger than 1 MB, or one that cannot be read, is skipped and counted with its reason.
`,
  helpPolicyInit: `Usage: ${USAGE_POLICY_INIT}

Writes the embedded default policy to FILE as JSON, with "$schema": "./policy.schema.json", and
writes policy.schema.json (the policy's JSON Schema) beside it, so that an editor such as VS Code
completes and checks the file as you edit it. Check the result with moedeguide policy validate.

Options:
  --force          overwrite FILE (and a different policy.schema.json) if they exist
  -h, --help       show this help
`,
  helpPolicy: `Usage:
  moedeguide policy init [--force] FILE   write the starting policy and its JSON Schema
  moedeguide policy validate FILE|-       check a policy file; exit 0 when valid, 2 listing every issue
  moedeguide policy print                 print the embedded default policy as JSON

Run \`moedeguide policy COMMAND --help\` for more.
`,
  helpPolicyValidate: `Usage: moedeguide policy validate FILE|-

Checks a policy file (JSON) against the policy's schema and rules. Prints "valid" and exits 0,
or lists every issue with its path (e.g. travel[4].to) on standard error and exits 2.
`,
  helpPolicyPrint: `Usage: moedeguide policy print

Prints the embedded default policy (Region Sjælland) as JSON: IT's starting point for its own.
`,
  valid: "{file}: valid policy for {organisation} ({sites} sites, {legs} travel legs)",
  prefix: "moedeguide: ",
  unknownCommand:
    "unknown command {command} (commands: advise, analyze, policy; see moedeguide --help)",
  unknownPolicyCommand:
    "unknown policy command {command} (commands: init, validate, print; see moedeguide policy --help)",
  missingCommand: "no command given (see moedeguide --help)",
  missingPolicyCommand:
    "policy needs a command: init, validate or print (see moedeguide policy --help)",
  unknownOption: "unknown option {option} for {command} (see {help})",
  missingValue: "option {option} needs a value (see {help})",
  unexpectedValue: "option {option} takes no value",
  badLocale: "--locale must be da or en, not {value}",
  missingFile: "{command} needs a FILE, or - for standard input (see {help})",
  extraArgument: "{command} takes one FILE, but also got {argument}",
  stdinTwice: "standard input (-) can be the drafts or the --policy file, not both",
  noArguments: "{command} takes no arguments, but got {argument}",
  noSuchFile: "{file}: no such file",
  isDirectory: "{file}: is a directory, not a file",
  notReadable: "{file}: cannot be read ({reason})",
  tooLarge:
    "{file}: is larger than {limit}, the most moedeguide reads; drafts and policies are far smaller (is it the right file?)",
  empty: "{file}: is empty; expected JSON",
  notUtf8:
    "{file}: is not UTF-8 text (the byte at offset {offset}, on line {line}, is not valid UTF-8); save it as UTF-8",
  notJson: "{file}: is not valid JSON: {problem} at line {line}, column {column}",
  notDraft: "{file}: expected a meeting draft (a JSON object) or an array of them, got {got}",
  issue: "{file}: {path}{message}",
  policyIssue: "{file}: {path}{message}",
  policyInvalid:
    "{file}: {count} problem(s) in the policy; fix them and run moedeguide policy validate again",
  internal: "internal error: {message}",
  badLang: "{option} must be da or en, not {value}",
  badDate: "{option} must be a day written like 2026-03-01, not {value}",
  datesReversed: "--from {from} is after --to {to}",
  missingCalendar:
    "moedeguide analyze needs one or more calendar files (.ics) (see moedeguide analyze --help)",
  analyzeStdin:
    "moedeguide analyze reads files, not standard input (-): it reads each calendar twice",
  notCalendar: "{file}: {problem}",
  calendarUnreadable: "{file}: cannot be read ({reason})",
  peopleIssue: "{file}: line {line}: {message}",
  peopleInvalid: "{file}: {count} problem(s) in the people file (lines of email,site[,unit])",
  initStdout:
    "moedeguide policy init writes a FILE and policy.schema.json beside it; give a file name",
  initExists: "{file}: already exists; use --force to overwrite it",
  initSchemaDiffers:
    "{file}: already exists and is not this version's schema; use --force to replace it",
  initNoFolder: "{file}: its folder does not exist",
  initNotWritable: "{file}: cannot be written ({reason})",
  initSameFile:
    "{file}: the policy cannot be written over its own schema file; choose another name",
  initWritten:
    "Wrote {file} ({name}, revision {revision}) and {schema} beside it. Edit it, then check it with: moedeguide policy validate {file}",
  adviceInvalid: "the advisor's answer does not match the contract at {path}: {message}",
  explainHeading: "How this advice came about:",
  explainPurposes: "  Words matched (purpose, weight; where: words):",
  explainPurpose: "    {purpose}, {score}; {field}: {terms}",
  explainNoPurpose: "    none: no word of the vocabulary told the purpose",
  explainSignals: "  Signals: {signals}",
  explainNoSignals: "  Signals: none",
  explainSteps: "  Rules that fired (advice and confidence after each):",
  explainStep: "    {rule}: {recommendation}, {confidence}",
  explainFieldSubject: "subject (body words may add)",
  explainFieldBody: "body",
} as const;

export type CliAdminMessageKey = keyof typeof cliAdminMessages;

/** An administrator's message with its {placeholders} filled in. */
export function adminMessage(key: CliAdminMessageKey, params?: Params): string {
  return format(cliAdminMessages[key], params);
}
