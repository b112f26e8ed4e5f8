// The advisor's speed on realistic meeting drafts, by body size, against one plain pass over the
// same text (lower-casing it and counting its letters in one charCode loop): the advisor's time
// should stay a small, flat multiple of that pass as bodies grow. Uses the built bundle's `advise`
// (dist/cli/moedeguide.js), so run it after `npm run build` (`npm run bench` does both).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const bundlePath = path.join(here, "..", "dist", "cli", "moedeguide.js");
if (!existsSync(bundlePath)) {
  console.error(
    `advisor.bench: ${path.relative(process.cwd(), bundlePath)} is missing; run npm run build`,
  );
  process.exit(1);
}
const { advise, DEFAULT_POLICY } = createRequire(import.meta.url)(bundlePath);

/** mulberry32: a small seeded PRNG, so that every run measures the same drafts. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261130);
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const int = (min, max) => min + Math.floor(random() * (max - min + 1));

const policy = DEFAULT_POLICY;
const purposes = Object.keys(policy.vocabulary.purposes);
const siteNames = policy.sites.flatMap((s) => [s.name, ...s.aliases]);
const FILLER_DA = [
  "Vi gennemgår de seneste tal og aftaler næste skridt.",
  "Husk at læse bilaget inden mødet.",
  "Mødet holdes i forlængelse af sidste uges drøftelse i afdelingen.",
  "Der er kaffe og frugt.",
  "Tilmelding sker til sekretariatet senest fredag.",
  "Kontakt mig, hvis I har punkter til dagsordenen.",
];
const FILLER_EN = [
  "We will go through the latest figures and agree on next steps.",
  "Please read the attachment before the meeting.",
  "Coffee and fruit will be served.",
  "Let me know if you have items for the agenda.",
];
const LINKS = [
  () => `https://video.regionsjaelland.dk/meeting/${int(1e9, 9e9)}`,
  () => `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${int(1e6, 9e6)}%40thread.v2/0`,
  () => `https://regionsjaelland.zoom.us/j/${int(1e9, 9e9)}`,
  () => `https://intranet.regionsjaelland.dk/dokumenter/${int(100, 999)}`,
];
const cpr = () =>
  `${String(int(1, 28)).padStart(2, "0")}${String(int(1, 12)).padStart(2, "0")}${String(int(40, 99))}-${int(1000, 9999)}`;

function subject() {
  const purpose = pick(purposes);
  const word = pick(policy.vocabulary.purposes[purpose]);
  const topic = pick([
    "ny hjemmeside",
    "budget 2027",
    "akutmodtagelsen",
    "IT-sikkerhed",
    "the new booking system",
    "vagtplan",
  ]);
  const s = chance(0.5)
    ? `${word}: ${topic}`
    : `${word[0].toUpperCase()}${word.slice(1)} om ${topic}`;
  return chance(0.03) ? `${s} (sag ${cpr()})` : s;
}

function paragraph() {
  const sentences = [];
  const n = int(1, 4);
  for (let i = 0; i < n; i++) {
    if (chance(0.15)) sentences.push(pick(policy.vocabulary.purposes[pick(purposes)]));
    sentences.push(chance(0.7) ? pick(FILLER_DA) : pick(FILLER_EN));
    if (chance(0.05)) sentences.push(`Vedr. borger ${cpr()}.`);
    if (chance(0.08)) {
      const url = pick(LINKS)();
      sentences.push(`<a href="${url}">${url}</a>`);
    }
  }
  return `<p class="MsoNormal">${sentences.join(" ")}</p>`;
}

const HEAD = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} a:link {color:#0563C1;} --></style></head><body lang="DA"><div class="WordSection1">`;
const TAIL = `</div></body></html>`;

/** An Outlook-like HTML body of about `bytes` characters. */
function body(bytes) {
  const parts = [HEAD];
  let length = HEAD.length + TAIL.length;
  if (chance(0.3)) {
    const items = Array.from({ length: int(2, 6) }, () => `<li>${pick(FILLER_DA)}</li>`).join("");
    parts.push(`<p>Dagsorden:</p><ol>${items}</ol>`);
  }
  while (length < bytes) {
    const p = paragraph();
    parts.push(p);
    length += p.length;
  }
  parts.push(TAIL);
  return parts.join("");
}

function person(i) {
  const known = chance(0.85);
  return {
    email: `person${i}.${int(1, 9999)}@regionsjaelland.dk`,
    name: `Person ${i}`,
    ...(known ? { site: pick(siteNames) } : {}),
    ...(chance(0.1) ? { type: "optional" } : {}),
  };
}

function draft(bodyBytes) {
  const day = int(1, 28);
  const hour = int(7, 15);
  const minutes = pick([15, 30, 45, 60, 90, 120, 180, 420]);
  const start = new Date(Date.UTC(2027, int(0, 11), day, hour - 1, pick([0, 15, 30])));
  const end = new Date(start.getTime() + minutes * 60_000);
  const iso = (d) => `${d.toISOString().slice(0, 19)}Z`;
  const attendees = Array.from({ length: int(1, 40) }, (_, i) => person(i));
  if (chance(0.05)) attendees.push({ email: "lokale.101@regionsjaelland.dk", type: "resource" });
  return {
    subject: subject(),
    body: body(bodyBytes),
    bodyType: "html",
    start: iso(start),
    end: iso(end),
    timeZone: "Europe/Copenhagen",
    location: chance(0.6) ? pick(siteNames) : chance(0.5) ? "Mødelokale 2.14" : "",
    organizer: {
      email: "organisator@regionsjaelland.dk",
      name: "Organisator",
      site: pick(policy.sites).name,
    },
    attendees,
    recurrence: chance(0.2)
      ? { frequency: pick(["daily", "weekly", "monthly"]), interval: int(1, 2) }
      : null,
    sensitivity: chance(0.05) ? "confidential" : "normal",
  };
}

/** The baseline: what any reading of the text costs at least. */
function plainPass(text) {
  const lower = text.toLowerCase();
  let letters = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c >= 0xe0) letters++;
  }
  return letters;
}

const CLASSES = [
  { name: "typical (~1.5 KB)", bytes: 1_500, count: 2_000 },
  { name: "long (~10 KB)", bytes: 10_000, count: 500 },
  { name: "100 KB", bytes: 100_000, count: 60 },
  { name: "1 MB", bytes: 1_000_000, count: 12 },
];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (x) => (x < 0.1 ? x.toFixed(4) : x < 10 ? x.toFixed(3) : x.toFixed(1));
let sink = 0;

// Warm the JIT on a separate set, so that the first class does not pay for compilation.
for (let i = 0; i < 300; i++) {
  const d = draft(2_000);
  sink += advise(d, { policy, locale: i % 2 ? "en" : "da" }).reasons.length;
  sink += plainPass(d.subject + d.body);
}

const rows = [];
const medians = [];
const recommendations = {};
for (const cls of CLASSES) {
  const drafts = Array.from({ length: cls.count }, () => draft(cls.bytes));
  const adviseTimes = [];
  const plainTimes = [];
  let chars = 0;
  for (const d of drafts) {
    const text = `${d.subject}\n${d.body}\n${d.location}`;
    chars += text.length;
    let t0 = performance.now();
    const advice = advise(d, { policy, locale: "da" });
    adviseTimes.push(performance.now() - t0);
    recommendations[advice.recommendation] = (recommendations[advice.recommendation] ?? 0) + 1;
    t0 = performance.now();
    sink += plainPass(text);
    plainTimes.push(performance.now() - t0);
  }
  adviseTimes.sort((a, b) => a - b);
  plainTimes.sort((a, b) => a - b);
  const a50 = quantile(adviseTimes, 0.5);
  const p50 = quantile(plainTimes, 0.5);
  medians.push({ chars: chars / cls.count, advise: a50, plain: p50 });
  rows.push({
    class: cls.name,
    drafts: cls.count,
    "avg text": `${Math.round(chars / cls.count / 1000)} k chars`,
    "advise median ms": ms(a50),
    "advise p95 ms": ms(quantile(adviseTimes, 0.95)),
    "plain median ms": ms(p50),
    "plain p95 ms": ms(quantile(plainTimes, 0.95)),
    "ratio (medians)": `${(a50 / p50).toFixed(1)}×`,
  });
}

console.log(
  `Advisor on ${rows.reduce((n, r) => n + r.drafts, 0)} generated drafts (seed 20261130), Node ${process.version}`,
);
console.table(rows);
// The cost of body text alone: the slope between the smallest and the largest class, which
// leaves out the fixed cost per draft (attendees, travel, messages) that dominates small drafts.
const small = medians[0];
const large = medians[medians.length - 1];
const perMChars = (ms, from, to) => (ms / (to - from)) * 1e6;
const adviseSlope = perMChars(large.advise - small.advise, small.chars, large.chars);
const plainSlope = perMChars(large.plain - small.plain, small.chars, large.chars);
console.log(
  `Body text: advise ${adviseSlope.toFixed(1)} ms per million characters, plain pass ${plainSlope.toFixed(1)} ms: ${(adviseSlope / plainSlope).toFixed(1)}× the plain pass`,
);
console.log(
  `Recommendations: ${Object.entries(recommendations)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}`,
);
if (sink === -1) console.log(""); // keeps the results observable so the work cannot be optimised away
