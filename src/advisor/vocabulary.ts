/**
 * The policy's vocabulary compiled once into a matcher, and what it finds in a meeting's
 * subject and body: the purpose, and the signals that refine the advice.
 */
import type { Vocabulary } from "../policy/types";
import { longestMatches, PhraseMatcher, type Match } from "./matcher";
import { foldKey, foldText } from "./text";
import { WORD_PURPOSES, type WordPurpose } from "./types";

/** The yes/no signals a text may raise, each from its own vocabulary list. */
export type Signal =
  | "handsOn"
  | "screenSharing"
  | "unavailable"
  | "patientContact"
  | "formVirtual"
  | "formPhysical"
  | "interruptible";

/** Every signal, in the order readText reports them. */
export const SIGNALS: readonly Signal[] = [
  "handsOn",
  "screenSharing",
  "unavailable",
  "patientContact",
  "formVirtual",
  "formPhysical",
  "interruptible",
];

type Tag =
  | { kind: "purpose"; purpose: WordPurpose; topic: boolean }
  | { kind: "neutral" }
  | { kind: Signal };

/** How much one subject match weighs against body matches: the subject says what a meeting is. */
export const SUBJECT_WEIGHT = 3;
/** A body can add at most this much to one purpose, however often it repeats the words. */
export const BODY_CAP = 2.5;
/**
 * What a topic word (the counterpart, the subject matter: Vocabulary.topics) weighs against a word
 * that names the activity. Below 1/SUBJECT_WEIGHT, so that one activity word in the body outweighs
 * a topic word in the subject: in "Samarbejdsmøde med kommunen" whose text says "siden sidst", what
 * happens (news since last time: status) says more than whom it is with.
 */
export const TOPIC_WEIGHT = 0.3;

/**
 * Words that, in a subject, link what a meeting does to what it is about: in "Opfølgning på
 * workshop" or "Evalueringsmøde efter brandøvelse" the purpose word after the link is the topic,
 * not the activity, and weighs TOPIC_WEIGHT.
 */
const LINKING_WORDS = new Set(
  [
    "på", "om", "af", "vedr", "vedrørende", "ang", "angående", "efter", "før", "inden", "til",
    "med", "m", "for", "i", "hos", "about", "on", "of", "regarding", "after", "before", "with",
    "for", "in", "to",
  ].map(foldKey),
); // prettier-ignore
const MAX_LINKING_LENGTH = Math.max(...[...LINKING_WORDS].map((w) => w.length));

/**
 * When two purposes score the same, the one first in this order wins: the purposes whose
 * meetings need presence for people's sake (a staff conversation, a clinical case) go first.
 */
const TIE_ORDER: readonly WordPurpose[] = [
  "personnel",
  "clinical",
  "onboarding",
  "social",
  "relationship",
  "creative",
  "training",
  "decision",
  "status",
  "information",
];

const compiled = new WeakMap<Vocabulary, PhraseMatcher<Tag>>();

// One tag object per purpose, weight and kind: the matcher keeps one entry per folded spelling and
// tag (compared by identity), so that many spellings of one word in one list cost one entry.
const PURPOSE_TAGS = new Map<WordPurpose, Tag>(
  WORD_PURPOSES.map((purpose) => [purpose, { kind: "purpose", purpose, topic: false }]),
);
const TOPIC_TAGS = new Map<WordPurpose, Tag>(
  WORD_PURPOSES.map((purpose) => [purpose, { kind: "purpose", purpose, topic: true }]),
);
const NEUTRAL_TAG: Tag = { kind: "neutral" };
const SIGNAL_TAGS = new Map<Signal, Tag>(SIGNALS.map((kind) => [kind, { kind }]));

/**
 * Purposes, topics and neutral words are one group: at one place in the text only the longest of
 * them counts (a neutral word shadows the purpose word it ends with; "leverandørdemo" is a demo
 * before it is a supplier). Each signal is its own group, so a word may both tell a purpose and
 * raise a signal ("simulation": training, hands-on).
 */
function groupOf(tag: Tag): number {
  return tag.kind === "purpose" || tag.kind === "neutral" ? 0 : 1 + SIGNALS.indexOf(tag.kind);
}

function matcherFor(vocabulary: Vocabulary): PhraseMatcher<Tag> {
  let matcher = compiled.get(vocabulary);
  if (!matcher) {
    const entries: { term: string; tag: Tag }[] = [];
    for (const purpose of WORD_PURPOSES) {
      const tag = PURPOSE_TAGS.get(purpose)!;
      for (const term of vocabulary.purposes[purpose] ?? []) entries.push({ term, tag });
    }
    for (const purpose of WORD_PURPOSES) {
      const tag = TOPIC_TAGS.get(purpose)!;
      for (const term of vocabulary.topics?.[purpose] ?? []) entries.push({ term, tag });
    }
    for (const term of vocabulary.neutral ?? []) entries.push({ term, tag: NEUTRAL_TAG });
    for (const signal of SIGNALS) {
      const tag = SIGNAL_TAGS.get(signal)!;
      for (const term of vocabulary[signal] ?? []) entries.push({ term, tag });
    }
    matcher = new PhraseMatcher(entries, {
      compoundEndings: vocabulary.compoundEndings ?? [],
      groupOf,
      // A signal is yes or no: its first match in a field is enough.
      onceGroups: SIGNALS.map((signal) => groupOf(SIGNAL_TAGS.get(signal)!)),
    });
    compiled.set(vocabulary, matcher);
  }
  return matcher;
}

/**
 * Compiles the vocabulary's matcher now, so that the first reading need not: for a caller with
 * time to spare, such as the pane while Office gets ready. Compiled once per vocabulary object.
 */
export function prepareVocabulary(vocabulary: Vocabulary): void {
  matcherFor(vocabulary);
}

/** One word that told a purpose: where, and what it weighed there. */
export interface PurposeMatch {
  /** The term as the policy wrote it. */
  term: string;
  field: "subject" | "body";
  /** What it added to the purpose's score (before the body's cap). */
  weight: number;
  /** A topic word, or a purpose word that a subject's linking word made a topic. */
  topic: boolean;
}

export interface PurposeEvidence {
  purpose: WordPurpose;
  score: number;
  /** The words that told, as the policy writes them, subject first. */
  terms: string[];
  inSubject: boolean;
  /** Whether a word that names the activity told it, not topic words alone. */
  activity: boolean;
  /** Each distinct word per field with its weight, subject first (for explaining the score). */
  matches: PurposeMatch[];
}

export interface TextReading {
  /** Purposes found, best first. Empty when no word tells. */
  purposes: PurposeEvidence[];
  signals: Record<Signal, boolean>;
  /** Words of the subject that are not vocabulary: what the meeting is about, if anything. */
  subjectTopicWords: number;
}

interface FieldReading {
  matches: Match<Tag>[];
  folded: ReturnType<typeof foldText>;
}

function readField(matcher: PhraseMatcher<Tag>, text: string): FieldReading {
  const folded = foldText(text);
  return { matches: matcher.findAll(folded), folded };
}

/** Words so common in subjects that they say nothing of what a meeting is about. */
const FILLER = new Set([
  "om", "og", "i", "pa", "til", "for", "med", "af", "vedr", "ved", "den", "det", "de", "en", "et",
  "ny", "nyt", "nye", "mode", "moder", "modet", "about", "on", "the", "a", "an", "and", "of",
  "to", "re", "fw", "vs", "meeting", "meetings", "kl", "uge", "week",
]); // prettier-ignore

/** Counts the words of a folded subject that no vocabulary match covers and that carry meaning. */
function topicWords(field: FieldReading, covered: readonly Match<Tag>[]): number {
  const { folded } = field;
  let count = 0;
  let wordStart = -1;
  const coveredAt = new Uint8Array(folded.length + 1);
  // A match covers its inflection or compound ending too: "Statusmødet" is no more a topic
  // than "Statusmøde".
  for (const m of covered) coveredAt.fill(1, m.start, m.extent);
  for (let i = 0; i <= folded.length; i++) {
    if (folded.boundary[i] === 1 || i === folded.length) {
      if (wordStart >= 0 && i > wordStart) {
        let word = "";
        let isCovered = true;
        let hasLetter = false;
        for (let k = wordStart; k < i; k++) {
          const s = folded.symbols[k]!;
          if (s < 26) hasLetter = true;
          if (coveredAt[k] !== 1) isCovered = false;
          word += s < 26 ? String.fromCharCode(97 + s) : String.fromCharCode(22 + s);
        }
        if (!isCovered && hasLetter && word.length > 1 && !FILLER.has(word)) count++;
      }
      wordStart = i;
    }
  }
  return count;
}

/**
 * Where the subject's purpose words become topics: the first activity word's purpose, and the
 * start of the first linking word after it (Infinity when there is none).
 */
function linkAfterHead(
  field: FieldReading,
  kept: readonly Match<Tag>[],
): { purpose: WordPurpose | null; linkAt: number } {
  const head = kept.find((m) => m.tag.kind === "purpose" && !m.tag.topic);
  if (head === undefined || head.tag.kind !== "purpose") return { purpose: null, linkAt: Infinity };
  const { folded } = field;
  let wordStart = head.extent;
  for (let i = head.extent + 1; i <= folded.length; i++) {
    if (i < folded.length && folded.boundary[i] !== 1) continue;
    // Linking words are short: a longer word is skipped without being spelled out.
    if (i - wordStart <= MAX_LINKING_LENGTH) {
      let word = "";
      for (let k = wordStart; k < i; k++) {
        const sym = folded.symbols[k]!;
        word += sym < 26 ? String.fromCharCode(97 + sym) : String.fromCharCode(22 + sym);
      }
      if (LINKING_WORDS.has(word)) return { purpose: head.tag.purpose, linkAt: wordStart };
    }
    wordStart = i;
  }
  return { purpose: head.tag.purpose, linkAt: Infinity };
}

/** Reads a meeting's subject and body text against the policy's vocabulary. */
export function readText(vocabulary: Vocabulary, subject: string, body: string): TextReading {
  const matcher = matcherFor(vocabulary);
  const subjectField = readField(matcher, subject);
  const bodyField = readField(matcher, body);

  const signals = Object.fromEntries(SIGNALS.map((s) => [s, false])) as Record<Signal, boolean>;
  interface Score {
    subject: number;
    body: number;
    bodyTerms: Set<string>;
    terms: string[];
    seen: Set<string>;
    activity: boolean;
    matches: PurposeMatch[];
  }
  const scores = new Map<WordPurpose, Score>();
  const evidence = (p: WordPurpose) => {
    let e = scores.get(p);
    if (!e) {
      e = {
        subject: 0,
        body: 0,
        bodyTerms: new Set(),
        terms: [],
        seen: new Set(),
        activity: false,
        matches: [],
      };
      scores.set(p, e);
    }
    return e;
  };

  let subjectWords: Match<Tag>[] = [];
  for (const [field, isSubject] of [
    [subjectField, true],
    [bodyField, false],
  ] as const) {
    const words: Match<Tag>[] = [];
    for (const m of field.matches) {
      if (m.tag.kind === "purpose" || m.tag.kind === "neutral") words.push(m);
      else signals[m.tag.kind] = true;
    }
    const kept = longestMatches(words);
    if (isSubject) subjectWords = kept;
    const head = isSubject ? linkAfterHead(field, kept) : { purpose: null, linkAt: Infinity };
    for (const m of kept) {
      if (m.tag.kind !== "purpose") continue;
      const e = evidence(m.tag.purpose);
      const topic = m.tag.topic || (m.start > head.linkAt && m.tag.purpose !== head.purpose);
      const weight = topic ? TOPIC_WEIGHT : 1;
      if (isSubject) {
        e.subject += SUBJECT_WEIGHT * weight;
        e.matches.push({ term: m.term, field: "subject", weight: SUBJECT_WEIGHT * weight, topic });
      } else {
        // Past the cap more distinct words change nothing, so a body full of matches costs no more.
        const key = m.term.toLowerCase();
        if (e.body >= BODY_CAP || e.bodyTerms.has(key)) continue;
        e.bodyTerms.add(key);
        e.body += weight;
        e.matches.push({ term: m.term, field: "body", weight, topic });
      }
      if (!topic) e.activity = true;
      if (!e.seen.has(m.term)) {
        e.seen.add(m.term);
        e.terms.push(m.term);
      }
    }
  }

  const purposes: PurposeEvidence[] = [];
  for (const [purpose, e] of scores) {
    purposes.push({
      purpose,
      score: e.subject + Math.min(e.body, BODY_CAP),
      terms: e.terms,
      inSubject: e.subject > 0,
      activity: e.activity,
      matches: e.matches,
    });
  }
  purposes.sort(
    (a, b) => b.score - a.score || TIE_ORDER.indexOf(a.purpose) - TIE_ORDER.indexOf(b.purpose),
  );
  return { purposes, signals, subjectTopicWords: topicWords(subjectField, subjectWords) };
}
