import { DateTime } from "luxon";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, Search20Regular } from "@fluentui/react-icons";
import { colleagueStatus } from "../availability/status";
import type { ColleagueLists, ColleagueRef } from "../availability/groups";
import {
  ColleagueListsFullError,
  deleteGroup,
  isFavourite,
  loadColleagueLists,
  saveColleagueLists,
  saveGroup,
  toggleFavourite,
} from "../availability/groups";
import type { Colleague } from "../availability/types";
import { availabilityMessages } from "../i18n/availability";
import { translator } from "../i18n/catalogue";
import { officeRoamingSettings } from "../office/roamingSettings";
import { MIN_SEARCH_LENGTH } from "../graph/client";
import { siteInText } from "../advisor/sites";
import { PaneFrame } from "../taskpane/components/PaneFrame";
import { useLocale } from "../taskpane/locale";
import { usePolicy } from "../taskpane/policy";
import type { GraphAccess } from "./access";
import { openGraphAccess } from "./access";
import { contactLinks } from "./contact";
import { failureMessage } from "./failure";
import { GroupBar } from "./GroupBar";
import type { OutlookPort } from "./outlook";
import { officeOutlook } from "./outlook";
import { PersonRow } from "./PersonRow";
import { SlotSection } from "./SlotSection";
import { FailureText } from "./FailureText";
import { useColleaguesText } from "./text";
import { useSchedules } from "./useSchedules";

const SEARCH_DELAY_MS = 300;
const SEARCH_TOP = 10;

const useStyles = makeStyles({
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0 },
  results: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  result: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  resultText: { minWidth: 0, overflowWrap: "anywhere", ...typographyStyles.body1 },
  resultMeta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  refresh: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  // An input is as wide as its 20 characters unless told it may shrink: at 200% zoom that is
  // wider than the pane.
  input: { minWidth: 0 },
});

/** Props of ColleaguesView. */
export interface ColleaguesViewProps {
  /** The view is on screen (the switch shows it): only then does it refresh. */
  visible: boolean;
  /** The clock; Date.now by default. */
  now?: () => number;
  /** Outlook itself (who the person is, a new meeting form); Office.js by default. */
  outlook?: OutlookPort;
}

/** A kept colleague as the list shows them until the directory says more (no phone: no call). */
function fromRef(ref: ColleagueRef): Colleague {
  return {
    id: ref.email,
    displayName: ref.name,
    mail: ref.email,
    jobTitle: null,
    officeLocation: null,
    businessPhones: [],
    mobilePhone: null,
  };
}

type AccessState =
  { kind: "opening" } | { kind: "open"; access: GraphAccess } | { kind: "failed"; error: unknown };

/**
 * The colleagues' view: find colleagues, see each one's status now, until when and when next
 * free, today's timeline, and reach them chat first. Free/busy only: never a subject.
 */
export function ColleaguesView({ visible, now = Date.now, outlook }: ColleaguesViewProps) {
  const styles = useStyles();
  const t = useColleaguesText();
  const locale = useLocale();
  const policy = usePolicy();
  const zone = policy.timeZone;

  const [access, setAccess] = useState<AccessState>({ kind: "opening" });
  useEffect(() => {
    let live = true;
    openGraphAccess(policy).then(
      (opened) => live && setAccess({ kind: "open", access: opened }),
      (error: unknown) => live && setAccess({ kind: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [policy]);
  const client = access.kind === "open" ? access.access.client : null;

  // --- Who is shown: the favourites (kept in roaming settings), and whoever was found --------------
  const roaming = useMemo(() => officeRoamingSettings(), []);
  const [lists, setLists] = useState<ColleagueLists>(() => loadColleagueLists(roaming));
  const [people, setPeople] = useState<Colleague[]>(() => lists.favourites.map(fromRef));
  const [listsError, setListsError] = useState<unknown>(null);
  const emails = useMemo(
    () => people.flatMap((p) => (p.mail ? [p.mail.toLowerCase()] : [])),
    [people],
  );
  const shown = useMemo(() => new Set(emails), [emails]);
  const toggleShown = useCallback((colleague: Colleague) => {
    const mail = colleague.mail?.toLowerCase();
    if (!mail) return;
    setPeople((before) =>
      before.some((p) => p.mail?.toLowerCase() === mail)
        ? before.filter((p) => p.mail?.toLowerCase() !== mail)
        : [...before, colleague],
    );
  }, []);
  const office = useMemo(() => outlook ?? officeOutlook(), [outlook]);

  // --- Groups: the picker shows the favourites (null) or a saved group's members -----------------
  const [group, setGroup] = useState<string | null>(null);
  const onSelectGroup = (name: string | null) => {
    const members =
      name === null ? lists.favourites : (lists.groups.find((g) => g.name === name)?.members ?? []);
    setGroup(name);
    setPeople(members.map(fromRef));
  };
  const onSaveGroup = async (name: string) => {
    const refs = people.flatMap((p) => (p.mail ? [{ email: p.mail, name: p.displayName }] : []));
    const next = saveGroup(lists, name, refs);
    await saveColleagueLists(roaming, next);
    setLists(next);
    setListsError(null);
    // The name as kept: saving under an existing name (any case) keeps that group's spelling.
    setGroup(next.groups.find((g) => g.name.toLowerCase() === name.toLowerCase())?.name ?? name);
  };
  const onDeleteGroup = async (name: string) => {
    const next = deleteGroup(lists, name);
    await saveColleagueLists(roaming, next);
    setLists(next);
    setListsError(null);
    setGroup(null);
    setPeople(next.favourites.map(fromRef));
  };

  const onToggleFavourite = (colleague: Colleague) => {
    if (!colleague.mail) return;
    const next = toggleFavourite(lists, { email: colleague.mail, name: colleague.displayName });
    setLists(next);
    saveColleagueLists(roaming, next).then(
      () => setListsError(null),
      (error: unknown) => {
        // Not saved: the star goes back to what Outlook holds, and the view says why.
        setLists(lists);
        setListsError(error);
      },
    );
  };

  // --- Search ------------------------------------------------------------------------------------
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Colleague[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<unknown>(null);
  const searchRun = useRef(0);
  useEffect(() => {
    const text = query.trim();
    if (!client || text.length < MIN_SEARCH_LENGTH) {
      setResults(null);
      setSearching(false);
      return;
    }
    const mine = ++searchRun.current;
    const controller = new AbortController();
    setSearching(true);
    const timer = window.setTimeout(() => {
      client.searchColleagues(text, { top: SEARCH_TOP, signal: controller.signal }).then(
        (found) => {
          if (mine !== searchRun.current) return;
          setResults(found);
          setSearchError(null);
          setSearching(false);
        },
        (error: unknown) => {
          if (mine !== searchRun.current) return;
          setSearchError(error);
          setSearching(false);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [client, query]);

  // --- Calendars ---------------------------------------------------------------------------------
  const schedules = useSchedules({ client, emails, visible, zone, now });
  const at = DateTime.fromMillis(schedules.fetchedAt ?? now(), { zone });
  const time = useCallback(
    (when: DateTime) =>
      when
        .setZone(zone)
        .setLocale(locale === "da" ? "da-DK" : "en-GB")
        .toFormat("HH:mm"),
    [zone, locale],
  );
  const dayTime = useCallback(
    (when: DateTime) =>
      when
        .setZone(zone)
        .setLocale(locale === "da" ? "da-DK" : "en-GB")
        .toFormat("ccc HH:mm"),
    [zone, locale],
  );

  const failure =
    access.kind === "failed"
      ? failureMessage(access.error)
      : schedules.error
        ? failureMessage(schedules.error)
        : searchError
          ? failureMessage(searchError)
          : null;
  const signIn = async () => {
    if (access.kind !== "open") return;
    try {
      await access.access.signIn();
      schedules.refresh();
    } catch (error) {
      setAccess({ kind: "failed", error });
    }
  };
  const staleMinutes =
    schedules.error && schedules.fetchedAt !== null
      ? Math.max(1, Math.round((now() - schedules.fetchedAt) / 60_000))
      : null;

  return (
    <PaneFrame>
      <p className={styles.intro}>{t("intro")}</p>
      {failure && (
        <MessageBar
          intent={failure.key === "notConfigured" ? "info" : "warning"}
          layout="multiline"
          role="alert"
          data-testid="colleagues-error"
        >
          <MessageBarBody>
            <FailureText failure={failure} t={t} />
          </MessageBarBody>
          {failure.signIn && access.kind === "open" && (
            <MessageBarActions>
              <Button onClick={() => void signIn()}>{t("signIn")}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {listsError !== null && (
        <MessageBar intent="warning" layout="multiline" role="alert" data-testid="lists-error">
          <MessageBarBody>
            {listsError instanceof ColleagueListsFullError
              ? translator(availabilityMessages, locale)("groupsFull")
              : t("storageFailed")}
          </MessageBarBody>
        </MessageBar>
      )}
      {access.kind === "opening" && <Spinner size="tiny" label={t("refreshing")} />}
      {client && (
        <>
          <Field
            label={t("searchLabel")}
            hint={
              query.trim().length > 0 && query.trim().length < MIN_SEARCH_LENGTH
                ? t("searchShort", { count: MIN_SEARCH_LENGTH })
                : undefined
            }
          >
            <Input
              type="search"
              value={query}
              onChange={(_, data) => setQuery(data.value)}
              placeholder={t("searchPlaceholder")}
              contentBefore={<Search20Regular />}
              className={styles.input}
              data-testid="colleague-search"
            />
          </Field>
          {searching && (
            <p className={styles.note} role="status">
              {t("searching")}
            </p>
          )}
          {results &&
            !searching &&
            (results.length === 0 ? (
              <p className={styles.note} role="status">
                {t("searchNone", { text: query.trim() })}
              </p>
            ) : (
              <ul
                className={styles.results}
                aria-label={t("resultsLabel")}
                data-testid="search-results"
              >
                {results.map((c) => {
                  const on = !!c.mail && shown.has(c.mail.toLowerCase());
                  // The job title tells two people of the same name apart, for screen readers too.
                  const person = c.jobTitle ? `${c.displayName}, ${c.jobTitle}` : c.displayName;
                  return (
                    <li key={c.id} className={styles.result}>
                      <span className={styles.resultText}>
                        {c.displayName}
                        {c.jobTitle && <span className={styles.resultMeta}> · {c.jobTitle}</span>}
                      </span>
                      <Button
                        size="small"
                        disabled={!c.mail}
                        aria-label={t(on ? "hidePerson" : "showPerson", { person })}
                        onClick={() => toggleShown(c)}
                        data-testid="show-colleague"
                      >
                        {t(on ? "hide" : "show")}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            ))}
          <h2 className={styles.heading}>{t("listLabel")}</h2>
          <GroupBar
            lists={lists}
            selected={group}
            onSelect={onSelectGroup}
            shownCount={emails.length}
            onSave={onSaveGroup}
            onDelete={onDeleteGroup}
            t={t}
          />
          {people.length === 0 ? (
            <p className={styles.note}>{t("empty")}</p>
          ) : (
            <>
              <ul className={styles.list} aria-label={t("listLabel")} data-testid="colleagues">
                {people.map((colleague) => {
                  const mail = colleague.mail?.toLowerCase() ?? "";
                  const lookup = schedules.lookups.get(mail);
                  const status = lookup
                    ? colleagueStatus(lookup, { now: at, zone, fallbackZone: zone })
                    : undefined;
                  const site = colleague.officeLocation
                    ? (siteInText(policy, colleague.officeLocation)?.name ?? null)
                    : null;
                  return (
                    <PersonRow
                      key={colleague.id}
                      colleague={colleague}
                      status={status}
                      site={site}
                      links={contactLinks(colleague, policy)}
                      now={at}
                      favourite={isFavourite(lists, mail)}
                      onToggleFavourite={() => onToggleFavourite(colleague)}
                      t={t}
                      locale={locale}
                      time={time}
                      dayTime={dayTime}
                    />
                  );
                })}
              </ul>
              <div className={styles.refresh}>
                <span className={styles.note} data-testid="updated">
                  {staleMinutes !== null
                    ? t("stale", { age: `${staleMinutes} min` })
                    : schedules.fetchedAt !== null
                      ? t("updatedAt", { time: time(DateTime.fromMillis(schedules.fetchedAt)) })
                      : t("refreshing")}
                </span>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowClockwise20Regular />}
                  onClick={schedules.refresh}
                  disabled={schedules.loading}
                  data-testid="refresh"
                >
                  {t("refresh")}
                </Button>
              </div>
              {emails.length >= 2 && (
                <SlotSection people={people} client={client} outlook={office} now={now} />
              )}
            </>
          )}
        </>
      )}
    </PaneFrame>
  );
}
