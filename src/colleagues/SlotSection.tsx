import { DateTime } from "luxon";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { CalendarAdd20Regular, CalendarSearch20Regular } from "@fluentui/react-icons";
import type { Colleague } from "../availability/types";
import type { GraphClient } from "../graph/client";
import { availabilityMessages } from "../i18n/availability";
import { translator } from "../i18n/catalogue";
import { useLocale } from "../taskpane/locale";
import { usePolicy } from "../taskpane/policy";
import type { MeetingForm, SlotAnswer, SlotDuration, SlotLine } from "./commonSlot";
import { bookingForm, findCommonSlot, SLOT_DURATIONS, slotGroup, slotSummary } from "./commonSlot";
import { failureMessage } from "./failure";
import type { OutlookPort } from "./outlook";
import { FailureText } from "./FailureText";
import { useColleaguesText } from "./text";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  duration: { minWidth: "96px" },
  radios: { flexWrap: "wrap" },
  result: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    alignSelf: "stretch",
  },
  when: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: "anywhere" },
  line: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  message: { alignSelf: "stretch" },
});

/** Props of SlotSection. */
export interface SlotSectionProps {
  /** The colleagues shown: the group. */
  people: readonly Colleague[];
  client: Pick<GraphClient, "getSchedules" | "officeLocations">;
  outlook: OutlookPort;
  /** The clock. */
  now: () => number;
}

type SearchState =
  | { kind: "idle" }
  | { kind: "searching" }
  | { kind: "done"; answer: SlotAnswer }
  | { kind: "failed"; error: unknown };

type BookingState = { kind: "none" } | { kind: "booked" } | { kind: "failed"; error: unknown };

/**
 * "Første fælles ledige tid": the shown colleagues' (and the person's own) first common free time
 * of a chosen length, on video or in person, over the next working days; fetched when asked, and
 * booked into a new meeting in Outlook, where the advice and the Jabber button take over.
 */
export function SlotSection({ people, client, outlook, now }: SlotSectionProps) {
  const styles = useStyles();
  const t = useColleaguesText();
  const locale = useLocale();
  const policy = usePolicy();
  const headingId = useId();
  const [duration, setDuration] = useState<SlotDuration>(SLOT_DURATIONS[0]);
  // Video first, as the guidance prefers: in person is a choice the person makes.
  const [form, setForm] = useState<MeetingForm>("video");

  // An answer belongs to the group, length and form it was found for: any change makes it old,
  // and it is no longer shown (nor booked).
  const key = [form, duration, ...people.map((p) => p.mail?.toLowerCase() ?? p.id)].join("\n");
  const [search, setSearch] = useState<{ key: string; state: SearchState }>({
    key,
    state: { kind: "idle" },
  });
  const [booking, setBooking] = useState<{ key: string; state: BookingState }>({
    key,
    state: { kind: "none" },
  });
  const state: SearchState = search.key === key ? search.state : { kind: "idle" };
  const booked: BookingState = booking.key === key ? booking.state : { kind: "none" };

  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), [key]);

  const find = () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const me = outlook.me();
    const group = slotGroup(
      me ? { ...me, me: true, ownSite: outlook.ownSite() } : null,
      people.flatMap((p) =>
        p.mail ? [{ email: p.mail, name: p.displayName, officeLocation: p.officeLocation }] : [],
      ),
    );
    setSearch({ key, state: { kind: "searching" } });
    setBooking({ key, state: { kind: "none" } });
    const zone = policy.timeZone;
    findCommonSlot(
      client,
      {
        people: group,
        durationMinutes: duration,
        form,
        now: DateTime.fromMillis(now(), { zone }),
        zone,
        policy,
      },
      { signal: controller.signal },
    ).then(
      (answer) => {
        if (!controller.signal.aborted) setSearch({ key, state: { kind: "done", answer } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSearch({ key, state: { kind: "failed", error } });
      },
    );
  };

  const answer = state.kind === "done" ? state.answer : null;
  const summary = useMemo(() => (answer ? slotSummary(answer, locale) : null), [answer, locale]);
  const say = useMemo(() => {
    const availability = translator(availabilityMessages, locale);
    return (line: SlotLine) =>
      line.from === "colleagues" ? t(line.key, line.params) : availability(line.key, line.params);
  }, [t, locale]);

  const book = () => {
    const meeting = answer ? bookingForm(answer) : null;
    if (!meeting) return;
    try {
      outlook.openNewMeeting(meeting);
      setBooking({ key, state: { kind: "booked" } });
    } catch (error) {
      setBooking({ key, state: { kind: "failed", error } });
    }
  };

  const failure = state.kind === "failed" ? failureMessage(state.error) : null;
  const bookError = booked.kind === "failed" ? booked.error : null;

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="common-slot">
      <h2 id={headingId} className={styles.heading}>
        {t("slotHeading")}
      </h2>
      <div className={styles.controls}>
        <Field label={t("slotDuration")} className={styles.duration}>
          <Select
            value={String(duration)}
            onChange={(_, data) => setDuration(Number(data.value) as SlotDuration)}
            data-testid="slot-duration"
          >
            {SLOT_DURATIONS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t("minutes", { count: minutes })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("slotForm")}>
          <RadioGroup
            layout="horizontal"
            className={styles.radios}
            value={form}
            onChange={(_, data) => setForm(data.value === "physical" ? "physical" : "video")}
            data-testid="slot-form"
          >
            <Radio value="video" label={t("slotVideo")} />
            <Radio value="physical" label={t("slotPhysical")} />
          </RadioGroup>
        </Field>
      </div>
      <Button
        icon={<CalendarSearch20Regular />}
        onClick={find}
        disabled={state.kind === "searching"}
        data-testid="slot-find"
      >
        {t("slotFind")}
      </Button>
      <div className={styles.result} role="status" data-testid="slot-result">
        {state.kind === "searching" && <Spinner size="tiny" label={t("slotSearching")} />}
        {summary && (
          <>
            {summary.when && (
              <p className={styles.when} data-testid="slot-when">
                {t("slotFound", summary.when)}
              </p>
            )}
            {summary.lines.map((line) => (
              <p
                key={`${line.from}:${line.key}:${JSON.stringify(line.params ?? {})}`}
                className={styles.line}
              >
                {say(line)}
              </p>
            ))}
          </>
        )}
        {booked.kind === "booked" && <p className={styles.line}>{t("slotBooked")}</p>}
      </div>
      {failure && (
        <MessageBar intent="warning" layout="multiline" className={styles.message}>
          <MessageBarBody>
            <FailureText failure={failure} t={t} />
          </MessageBarBody>
        </MessageBar>
      )}
      {summary?.when && (
        <Button
          appearance="primary"
          icon={<CalendarAdd20Regular />}
          onClick={book}
          data-testid="slot-book"
        >
          {t("slotBook")}
        </Button>
      )}
      {bookError !== null && (
        <MessageBar
          intent="error"
          layout="multiline"
          role="alert"
          className={styles.message}
          data-testid="slot-book-error"
        >
          <MessageBarBody>
            <FailureText
              failure={{
                key: "slotBookFailed",
                signIn: false,
                detail: bookError instanceof Error ? bookError.message : undefined,
              }}
              t={t}
            />
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
