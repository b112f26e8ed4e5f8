import type { FormEvent } from "react";
import { useRef, useState } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { Delete20Regular, PeopleAdd20Regular } from "@fluentui/react-icons";
import type { ColleagueLists } from "../availability/groups";
import { ColleagueListsFullError, MAX_GROUP_NAME_LENGTH } from "../availability/groups";
import { availabilityMessages } from "../i18n/availability";
import { translator } from "../i18n/catalogue";
import { useLocale } from "../taskpane/locale";
import type { ColleaguesText } from "./text";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  picker: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // An input is as wide as its 20 characters unless told it may shrink (200% zoom).
  input: { minWidth: 0 },
  status: {
    ...typographyStyles.caption1,
    margin: 0,
    flexBasis: "100%",
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { ...typographyStyles.body1, margin: 0, overflowWrap: "anywhere" },
});

/** Props of GroupBar. */
export interface GroupBarProps {
  lists: ColleagueLists;
  /** The chosen group's name; null for the favourites. */
  selected: string | null;
  onSelect: (name: string | null) => void;
  /** How many colleagues are shown: the members a saved group gets. */
  shownCount: number;
  /** Saves the shown colleagues as the group; rejects with the store's error when not saved. */
  onSave: (name: string) => Promise<void>;
  /** Deletes the group; rejects with the store's error when not saved. */
  onDelete: (name: string) => Promise<void>;
  t: ColleaguesText;
}

type Mode = { kind: "idle" } | { kind: "naming" } | { kind: "deleting"; name: string };

/**
 * The group picker above the list (the favourites and the saved groups), "Gem som gruppe" with a
 * name, and deleting the chosen group after asking. What the store refuses (full, not saved) is
 * said where the person acted.
 */
export function GroupBar({
  lists,
  selected,
  onSelect,
  shownCount,
  onSave,
  onDelete,
  t,
}: GroupBarProps) {
  const styles = useStyles();
  const locale = useLocale();
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  const picker = useRef<HTMLSelectElement>(null);

  const storeError = (e: unknown) =>
    e instanceof ColleagueListsFullError
      ? translator(availabilityMessages, locale)("groupsFull")
      : t("storageFailed");

  const startNaming = () => {
    setName(selected ?? "");
    setError(null);
    setDone(null);
    setMode({ kind: "naming" });
  };
  const close = () => {
    setMode({ kind: "idle" });
    setError(null);
    // Back to where the person came from, so that the keyboard does not start over at the top.
    window.setTimeout(() => saveButton.current?.focus(), 0);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = name.trim();
    if (text === "") return setError(t("groupNameEmpty"));
    if (text.length > MAX_GROUP_NAME_LENGTH) {
      return setError(t("groupNameLong", { count: MAX_GROUP_NAME_LENGTH }));
    }
    setBusy(true);
    onSave(text).then(
      () => {
        setBusy(false);
        setMode({ kind: "idle" });
        setError(null);
        setDone(t("groupSaved", { name: text }));
        window.setTimeout(() => saveButton.current?.focus(), 0);
      },
      (e: unknown) => {
        setBusy(false);
        setError(storeError(e));
      },
    );
  };

  const confirmDelete = (group: string) => {
    setBusy(true);
    onDelete(group).then(
      () => {
        setBusy(false);
        setMode({ kind: "idle" });
        setError(null);
        setDone(t("groupDeleted", { name: group }));
        window.setTimeout(() => (picker.current ?? saveButton.current)?.focus(), 0);
      },
      (e: unknown) => {
        setBusy(false);
        setError(storeError(e));
      },
    );
  };

  const existing = lists.groups.find(
    (g) => g.name.toLowerCase() === name.trim().toLowerCase(),
  )?.name;

  return (
    <>
      <div className={styles.bar}>
        {lists.groups.length > 0 && (
          <Field label={t("groupLabel")} className={styles.picker}>
            <Select
              ref={picker}
              value={selected ?? ""}
              onChange={(_, data) => {
                setDone(null);
                setMode({ kind: "idle" });
                onSelect(data.value === "" ? null : data.value);
              }}
              data-testid="group-picker"
            >
              <option value="">{t("groupNone")}</option>
              {lists.groups.map((group) => (
                <option key={group.name} value={group.name}>
                  {group.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <div className={styles.buttons}>
          <Button
            ref={saveButton}
            size="small"
            icon={<PeopleAdd20Regular />}
            disabled={shownCount === 0 || mode.kind === "naming"}
            onClick={startNaming}
            data-testid="save-group"
          >
            {t("saveGroup")}
          </Button>
          {selected !== null && (
            <Button
              size="small"
              icon={<Delete20Regular />}
              aria-label={t("deleteGroup", { name: selected })}
              disabled={mode.kind === "deleting"}
              onClick={() => {
                setError(null);
                setDone(null);
                setMode({ kind: "deleting", name: selected });
              }}
              data-testid="delete-group"
            >
              {t("groupDelete")}
            </Button>
          )}
        </div>
        {/* Always there, so that a screen reader hears what is put in it. */}
        <p className={styles.status} role="status" data-testid="group-status">
          {done}
        </p>
      </div>
      {mode.kind === "naming" && (
        <form className={styles.panel} onSubmit={submit} data-testid="group-form">
          <Field
            label={t("groupName")}
            validationState={error ? "error" : "none"}
            validationMessage={error ?? undefined}
            hint={existing ? t("groupReplaces", { name: existing }) : undefined}
          >
            <Input
              value={name}
              onChange={(_, data) => {
                setName(data.value);
                setError(null);
              }}
              maxLength={MAX_GROUP_NAME_LENGTH}
              className={styles.input}
              // The person asked for the form: the name is what comes next.
              autoFocus
              data-testid="group-name"
            />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" size="small" disabled={busy}>
              {t("saveGroupConfirm")}
            </Button>
            <Button size="small" onClick={close}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
      {mode.kind === "deleting" && (
        <div
          className={styles.panel}
          role="group"
          aria-label={t("deleteGroup", { name: mode.name })}
        >
          <p className={styles.text}>{t("groupDeleteConfirm", { name: mode.name })}</p>
          {error && (
            <p className={styles.text} role="alert">
              {error}
            </p>
          )}
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              size="small"
              disabled={busy}
              onClick={() => confirmDelete(mode.name)}
              data-testid="confirm-delete-group"
            >
              {t("groupDelete")}
            </Button>
            <Button size="small" onClick={close}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
