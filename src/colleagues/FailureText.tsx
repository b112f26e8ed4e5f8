import type { FailureMessage } from "./failure";
import type { ColleaguesText } from "./text";

/**
 * A failure told in a message bar's body: what happened, and under "Detaljer" its technical name
 * where there is one (never any content).
 */
export function FailureText({ failure, t }: { failure: FailureMessage; t: ColleaguesText }) {
  return (
    <>
      {t(failure.key, failure.params)}
      {failure.detail && (
        <details>
          <summary>{t("details")}</summary>
          {failure.detail}
        </details>
      )}
    </>
  );
}
