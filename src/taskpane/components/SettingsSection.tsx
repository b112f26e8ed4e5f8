import { useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Option,
  Switch,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import { foldKey } from "../../advisor/text";
import type { UserSettings } from "../../office/settings";
import { usePaneText } from "../locale";
import { usePolicy } from "../policy";
import { Section } from "./Section";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  status: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  // Fluent's dropdown asks for 250 px; at 200% zoom a 340 px pane has 170: it takes the width
  // there is, and its text wraps rather than being cut off.
  dropdown: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  dropdownButton: {
    minWidth: 0,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    textAlign: "start",
  },
});

const UNKNOWN = "";

/** Props of SettingsSection. */
export interface SettingsSectionProps {
  settings: UserSettings;
  /** Applies and saves the settings; resolves to whether Office saved them. */
  onSave: (settings: UserSettings) => Promise<boolean>;
  /** Closes the settings (they open from the header's button). */
  onClose?: () => void;
}

/**
 * The person's own site (once) and their unit, both chosen from the policy's lists; the advice
 * follows at once. The unit brings that unit's local guidelines; it is offered only when the policy
 * has units. A choice saved earlier that the policy no longer lists (IT renamed a unit) stays
 * visible and selected, so that nothing changes behind the person's back, until they choose anew.
 * Last, the switch (off by default) that lets the event handlers add the provider's meeting by
 * themselves when the advice is clearly a video meeting.
 */
export function SettingsSection({ settings, onSave, onClose }: SettingsSectionProps) {
  const styles = useStyles();
  const t = usePaneText();
  const policy = usePolicy();
  const [saved, setSaved] = useState(false);

  const { names: sites, selected: site } = choices(
    policy.sites.map((s) => s.name),
    settings.site,
  );
  const siteText = site === UNKNOWN ? t("siteUnknown") : site;
  const { names: units, selected: unit } = choices(
    policy.localGuidelines.map((u) => u.unit),
    settings.unit,
  );
  const unitText = unit === UNKNOWN ? t("unitNone") : unit;

  const save = (next: UserSettings) => {
    setSaved(false);
    void onSave(next).then(setSaved);
  };

  return (
    <Section id="mg-settings" title={t("settingsHeading")} icon={<Settings20Regular />}>
      <div className={styles.fields}>
        <Field label={t("siteLabel")} hint={t("siteHint")}>
          <Dropdown
            value={siteText}
            selectedOptions={[site]}
            onOptionSelect={(_event, data) => {
              const chosen = data.optionValue ?? UNKNOWN;
              if (chosen === site) return;
              save({ ...settings, site: chosen === UNKNOWN ? undefined : chosen });
            }}
            className={styles.dropdown}
            button={{ className: styles.dropdownButton }}
            data-testid="site-dropdown"
          >
            <Option value={UNKNOWN}>{t("siteUnknown")}</Option>
            {sites.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {units.length > 0 && (
          <Field label={t("unitLabel")} hint={t("unitHint")}>
            <Dropdown
              value={unitText}
              selectedOptions={[unit]}
              onOptionSelect={(_event, data) => {
                const chosen = data.optionValue ?? UNKNOWN;
                if (chosen === unit) return;
                save({ ...settings, unit: chosen === UNKNOWN ? undefined : chosen });
              }}
              className={styles.dropdown}
              button={{ className: styles.dropdownButton }}
              data-testid="unit-dropdown"
            >
              <Option value={UNKNOWN}>{t("unitNone")}</Option>
              {units.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <Field hint={t("autoAddHint")}>
          <Switch
            checked={settings.autoAddMeeting === true}
            label={t("autoAddLabel")}
            onChange={(_event, data) => save({ ...settings, autoAddMeeting: data.checked })}
            data-testid="auto-add-switch"
          />
        </Field>
        <p role="status" className={styles.status}>
          {saved ? t("settingsSaved") : ""}
        </p>
        {onClose && (
          <div>
            <Button onClick={onClose} data-testid="settings-close">
              {t("settingsClose")}
            </Button>
          </div>
        )}
      </div>
    </Section>
  );
}

/**
 * The policy's names to choose from and the one selected: the saved choice in the policy's
 * spelling (matched as the advisor matches, ignoring case and accents), or kept at the end of the
 * list when the policy no longer names it.
 */
function choices(
  names: readonly string[],
  saved: string | undefined,
): { names: string[]; selected: string } {
  if (saved === undefined || saved.trim() === "") return { names: [...names], selected: UNKNOWN };
  const known = names.find((n) => foldKey(n) === foldKey(saved));
  return known !== undefined
    ? { names: [...names], selected: known }
    : { names: [...names, saved], selected: saved };
}
