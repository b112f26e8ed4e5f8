import { useEffect, useState } from "react";
import {
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import type { UserSettings } from "../../office/settings";
import { DEFAULT_POLICY } from "../../policy/defaultPolicy";
import { usePaneText } from "../locale";
import { Section } from "./Section";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  status: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
});

const UNKNOWN = "";
const UNITS_LIST_ID = "mg-units";

/** Props of SettingsSection. */
export interface SettingsSectionProps {
  settings: UserSettings;
  /** Applies and saves the settings; resolves to whether Office saved them. */
  onSave: (settings: UserSettings) => Promise<boolean>;
}

/** The person's own site (once) and optionally their unit; the advice follows at once. */
export function SettingsSection({ settings, onSave }: SettingsSectionProps) {
  const styles = useStyles();
  const t = usePaneText();
  const [unit, setUnit] = useState(settings.unit ?? "");
  const [saved, setSaved] = useState(false);
  useEffect(() => setUnit(settings.unit ?? ""), [settings.unit]);

  const site = settings.site ?? UNKNOWN;
  const siteText = site === UNKNOWN ? t("siteUnknown") : site;
  const units = DEFAULT_POLICY.localGuidelines.map((u) => u.unit);

  const saveUnit = () => {
    const trimmed = unit.trim();
    if (trimmed === (settings.unit ?? "")) return;
    save({ ...settings, unit: trimmed === "" ? undefined : trimmed });
  };

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
            data-testid="site-dropdown"
          >
            <Option value={UNKNOWN}>{t("siteUnknown")}</Option>
            {DEFAULT_POLICY.sites.map((s) => (
              <Option key={s.name} value={s.name}>
                {s.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("unitLabel")} hint={t("unitHint")}>
          <Input
            value={unit}
            list={units.length > 0 ? UNITS_LIST_ID : undefined}
            onChange={(_event, data) => setUnit(data.value)}
            onBlur={saveUnit}
            onKeyDown={(event) => {
              if (event.key === "Enter") saveUnit();
            }}
            data-testid="unit-input"
          />
        </Field>
        {units.length > 0 && (
          <datalist id={UNITS_LIST_ID}>
            {units.map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
        )}
        <p role="status" className={styles.status}>
          {saved ? t("settingsSaved") : ""}
        </p>
      </div>
    </Section>
  );
}
