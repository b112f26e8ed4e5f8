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
  },
  {
    headingOne: "Meeting: {subject}",
    headingMany: "Meeting {index} of {count}: {subject}",
    noSubject: "(no subject)",
    when: "Time: {when}",
    recommendation: "Recommendation: {label}",
    purpose: "Purpose: {label} (confidence {percent}%)",
    reasons: "Reasons:",
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

/** Help and error messages for administrators (English). Placeholders are written {name}. */
export const cliAdminMessages = {
  helpMain: `Mødeguide: advice on video or physical meetings, from the command line.

Usage:
  ${USAGE_ADVISE}
  moedeguide policy validate FILE|-
  moedeguide policy print
  moedeguide --help | --version

Commands:
  advise           advise on one meeting draft or an array of them (JSON)
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
  helpPolicy: `Usage:
  moedeguide policy validate FILE|-   check a policy file; exit 0 when valid, 2 listing every issue
  moedeguide policy print             print the embedded default policy as JSON

Run \`moedeguide policy validate --help\` or \`moedeguide policy print --help\` for more.
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
  unknownCommand: "unknown command {command} (commands: advise, policy; see moedeguide --help)",
  unknownPolicyCommand:
    "unknown policy command {command} (commands: validate, print; see moedeguide policy --help)",
  missingCommand: "no command given (see moedeguide --help)",
  missingPolicyCommand: "policy needs a command: validate or print (see moedeguide policy --help)",
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
