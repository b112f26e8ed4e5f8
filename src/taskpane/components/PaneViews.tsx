import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { usePaneText } from "../locale";
import type { PaneView, ViewState } from "../views";
import { FrameViewContext, ViewContext } from "../views";
import type { AppProps } from "./App";
import { App } from "./App";
import { PaneFrame } from "./PaneFrame";

// The colleagues' view, Microsoft Graph's client and the sign-in load when the view is first
// opened: the meeting's first look does not carry them.
const ColleaguesView = lazy(() =>
  import(/* webpackChunkName: "colleagues" */ "../../colleagues/ColleaguesView").then((m) => ({
    default: m.ColleaguesView,
  })),
);

const useStyles = makeStyles({
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of PaneViews. */
export interface PaneViewsProps {
  /** The open appointment, when there is one: the meeting view advises on it. */
  meeting?: AppProps;
}

/**
 * The pane's views and the switch between them. The meeting view is first where there is a
 * meeting; on a mail only the colleagues' view is offered. A view once opened stays mounted while
 * hidden, so that coming back finds it as it was (the meeting's advice kept live, the colleagues
 * found); the colleagues' view stops refreshing while hidden.
 */
export function PaneViews({ meeting }: PaneViewsProps) {
  const styles = useStyles();
  const t = usePaneText();
  const views = useMemo<readonly PaneView[]>(
    () => (meeting ? ["meeting", "colleagues"] : ["colleagues"]),
    [meeting],
  );
  const first = views[0] ?? "colleagues";
  const [current, setCurrent] = useState<PaneView>(first);
  const [opened, setOpened] = useState<ReadonlySet<PaneView>>(() => new Set([first]));
  const [focusRequest, setFocusRequest] = useState(0);
  const show = useCallback((view: PaneView, options?: { focus?: boolean }) => {
    setCurrent(view);
    setOpened((before) => (before.has(view) ? before : new Set([...before, view])));
    if (options?.focus) setFocusRequest((n) => n + 1);
  }, []);
  const state = useMemo<ViewState>(
    () => ({ views, current, show, focusRequest }),
    [views, current, show, focusRequest],
  );

  return (
    <ViewContext.Provider value={state}>
      {meeting && (
        <div hidden={current !== "meeting"} data-testid="meeting-view">
          <FrameViewContext.Provider value="meeting">
            <App {...meeting} />
          </FrameViewContext.Provider>
        </div>
      )}
      {opened.has("colleagues") && (
        <div hidden={current !== "colleagues"} data-testid="colleagues-view">
          <FrameViewContext.Provider value="colleagues">
            <Suspense
              fallback={
                <PaneFrame>
                  <p className={styles.note} role="status">
                    {t("loadingView")}
                  </p>
                </PaneFrame>
              }
            >
              <ColleaguesView visible={current === "colleagues"} />
            </Suspense>
          </FrameViewContext.Provider>
        </div>
      )}
    </ViewContext.Provider>
  );
}
