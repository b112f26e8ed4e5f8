import { DateTime } from "luxon";
import {
  Button,
  makeStyles,
  mergeClasses,
  PresenceBadge,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { PresenceBadgeStatus } from "@fluentui/react-components";
import { Star20Filled, Star20Regular } from "@fluentui/react-icons";
import type { ColleagueStatus, Segment } from "../availability/status";
import type { AvailabilityStatus, Colleague } from "../availability/types";
import { detailName, problemText, statusName } from "../i18n/availability";
import type { Locale } from "../i18n/catalogue";
import type { ContactLink } from "./contact";
import type { ColleaguesText } from "./text";

/** Fluent's presence badge for each status: a distinct icon, so colour is never the only signal. */
const BADGE: Record<AvailabilityStatus, PresenceBadgeStatus> = {
  free: "available",
  tentative: "away",
  busy: "busy",
  away: "out-of-office",
  unknown: "unknown",
};

/**
 * The presence badge of a colleague's status: free outside their working hours is not available
 * (the status line says »Uden for arbejdstid«), so it gets the offline badge, not the green one.
 */
export function presenceBadge(
  status: Pick<ColleagueStatus, "status" | "atWork"> | undefined,
): PresenceBadgeStatus {
  if (!status) return "unknown";
  if (status.status === "free" && !status.atWork) return "offline";
  return BADGE[status.status];
}

/** The status's word: Graph's own behind it, so that tentative and working elsewhere differ. */
export function statusWord(
  status: Pick<ColleagueStatus, "status" | "detail">,
  locale: Locale,
): string {
  // "away" is always out of office; "free" and "busy" are their own words.
  return status.status === "tentative"
    ? detailName(status.detail, locale)
    : statusName(status.status, locale);
}

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    listStyleType: "none",
  },
  badge: { marginTop: "3px" },
  main: {
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  name: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: "anywhere" },
  meta: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  status: { ...typographyStyles.body1, margin: 0, overflowWrap: "anywhere" },
  timeline: {
    display: "flex",
    height: "8px",
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    position: "relative",
  },
  now: {
    position: "absolute",
    top: 0,
    bottom: 0,
    width: "2px",
    backgroundColor: tokens.colorNeutralForeground1,
    "@media (forced-colors: active)": { backgroundColor: "Highlight" },
  },
  // Colour and pattern: busy solid, tentative striped, away dotted, free empty. In forced colours
  // the patterns remain in the system's text colour.
  free: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  tentative: {
    backgroundImage: `repeating-linear-gradient(135deg, ${tokens.colorPaletteMarigoldBorderActive} 0 3px, transparent 3px 6px)`,
    "@media (forced-colors: active)": {
      backgroundImage: "repeating-linear-gradient(135deg, CanvasText 0 2px, transparent 2px 6px)",
    },
  },
  busy: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    "@media (forced-colors: active)": { backgroundColor: "CanvasText", forcedColorAdjust: "none" },
  },
  away: {
    backgroundImage: `radial-gradient(${tokens.colorPaletteBerryForeground1} 1.5px, transparent 1.5px)`,
    backgroundSize: "5px 5px",
    "@media (forced-colors: active)": {
      backgroundImage: "radial-gradient(CanvasText 1.5px, transparent 1.5px)",
    },
  },
  unknown: { backgroundColor: tokens.colorNeutralBackground5 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** Props of PersonRow. */
export interface PersonRowProps {
  colleague: Colleague;
  /** Their status, once their calendar was read; undefined while it is being fetched. */
  status: ColleagueStatus | undefined;
  /** Their site's name, when the policy knows it. */
  site: string | null;
  /** How to reach them, least disturbing first. */
  links: ContactLink[];
  now: DateTime;
  favourite: boolean;
  onToggleFavourite: () => void;
  t: ColleaguesText;
  locale: Locale;
  /** Formats a time of day in the pane's locale, e.g. "11:00". */
  time: (at: DateTime) => string;
  /** Formats a time with its day when it is not today, e.g. "i morgen 08:00". */
  dayTime: (at: DateTime) => string;
}

/**
 * One colleague: the status now with its icon and name, until when and when next free, today's
 * working hours as a timeline, and how to reach them. Never a subject.
 */
export function PersonRow(props: PersonRowProps) {
  const { colleague, status, site, links, now, favourite, onToggleFavourite, t, time } = props;
  const styles = useStyles();
  const name = colleague.displayName;
  const meta = [colleague.jobTitle, site ?? colleague.officeLocation].filter(Boolean).join(" · ");
  return (
    <li className={styles.row} data-testid="colleague" data-email={colleague.mail ?? ""}>
      <span className={styles.badge}>
        <PresenceBadge
          status={presenceBadge(status)}
          outOfOffice={status?.status === "away"}
          size="medium"
          aria-hidden
        />
      </span>
      <div className={styles.main}>
        <p className={styles.name}>{name}</p>
        {meta && <p className={styles.meta}>{meta}</p>}
        <p className={styles.status} data-testid="colleague-status">
          {status ? statusLine(status, props) : t("refreshing")}
        </p>
        {status && status.timeline.length > 0 && (
          <Timeline
            status={status}
            now={now}
            locale={props.locale}
            name={name}
            t={t}
            time={time}
            styles={styles}
          />
        )}
        {links.length > 0 && (
          <div className={styles.actions} role="group" aria-label={t("contactHeading")}>
            {links.map((link, index) => (
              <Button
                key={link.kind}
                as="a"
                href={link.href}
                size="small"
                appearance={index === 0 ? "primary" : "secondary"}
                aria-label={t(LINK_LABEL[link.kind], { name })}
                data-testid={`contact-${link.kind}`}
              >
                {t(link.kind)}
              </Button>
            ))}
          </div>
        )}
      </div>
      <Button
        appearance="subtle"
        size="small"
        icon={favourite ? <Star20Filled /> : <Star20Regular />}
        aria-pressed={favourite}
        aria-label={t(favourite ? "removeFavourite" : "addFavourite", { name })}
        onClick={onToggleFavourite}
        data-testid="favourite"
      />
    </li>
  );
}

const LINK_LABEL = { chat: "chatWith", call: "callTo", video: "videoWith" } as const;

/**
 * "Optaget til 11:00 · Ledig fra 11:00", "Ledig til 14:00", "Uden for arbejdstid · Ledig i morgen
 * 08:00", or why the status is unknown.
 */
export function statusLine(
  status: ColleagueStatus,
  props: Pick<PersonRowProps, "t" | "time" | "dayTime" | "now" | "locale">,
): string {
  const { t, time, dayTime, now, locale } = props;
  const at = (when: DateTime) => (sameDay(when, now) ? time(when) : dayTime(when));
  if (status.status === "unknown") {
    const word = statusName("unknown", locale);
    return status.problem ? `${word} · ${problemText(status.problem, locale)}` : word;
  }
  const next = status.nextFree
    ? t("nextFree", { time: at(status.nextFree.start) })
    : t("noFreeToday");
  if (status.status === "free") {
    if (!status.atWork) return `${t("outsideHours")} · ${next}`;
    // Free until the next appointment or the end of the working day, whichever comes first: a
    // free evening is not availability.
    const workEnd = status.workingHoursToday.find((h) => h.start <= now && now < h.end)?.end;
    const end =
      status.until && workEnd ? DateTime.min(status.until, workEnd) : (status.until ?? workEnd);
    const free = statusName("free", locale);
    return end ? `${free} ${t("until", { time: at(end) })}` : free;
  }
  const word = statusWord(status, locale);
  const now_ = status.until ? `${word} ${t("until", { time: at(status.until) })}` : word;
  return `${now_} · ${next}`;
}

function sameDay(a: DateTime, b: DateTime): boolean {
  return a.hasSame(b.setZone(a.zone), "day");
}

function Timeline({
  status,
  now,
  locale,
  name,
  t,
  time,
  styles,
}: {
  status: ColleagueStatus;
  now: DateTime;
  locale: Locale;
  name: string;
  t: ColleaguesText;
  time: (at: DateTime) => string;
  styles: ReturnType<typeof useStyles>;
}) {
  const segments = status.timeline;
  const first = segments[0] as Segment;
  const last = segments[segments.length - 1] as Segment;
  const total = last.end.toMillis() - first.start.toMillis();
  if (total <= 0) return null;
  const label = `${t("timelineLabel", { name, start: time(first.start), end: time(last.end) })}: ${segments
    .map((s) =>
      t("timelineSegment", {
        start: time(s.start),
        end: time(s.end),
        status: statusWord(s, locale),
      }),
    )
    .join(", ")}`;
  const nowShare = (now.toMillis() - first.start.toMillis()) / total;
  return (
    <div className={styles.timeline} role="img" aria-label={label} data-testid="timeline">
      {segments.map((s) => (
        <span
          key={s.start.toMillis()}
          className={mergeClasses(styles[s.status])}
          style={{ flexGrow: s.end.toMillis() - s.start.toMillis() }}
          title={`${time(s.start)}–${time(s.end)}`}
        />
      ))}
      {nowShare > 0 && nowShare < 1 && (
        <span className={styles.now} style={{ left: `${(nowShare * 100).toFixed(2)}%` }} />
      )}
    </div>
  );
}
