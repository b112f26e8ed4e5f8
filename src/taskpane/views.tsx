/**
 * The pane's views: the advice on the open meeting ("Møde") and colleagues' availability
 * ("Kolleger"). A switch in the header moves between them when both are available; on a mail
 * (read mode, where the pane can be pinned) only the colleagues' view is.
 */
import type { KeyboardEvent } from "react";
import { createContext, useContext, useEffect, useRef } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneText } from "./locale";

/** A view of the pane. */
export type PaneView = "meeting" | "colleagues";

/** Which views there are and which is shown. */
export interface ViewState {
  /** The views this pane offers, in the switch's order; one view means no switch. */
  views: readonly PaneView[];
  current: PaneView;
  /** Shows a view; `focus`: from the keyboard, so the shown view's tab takes the focus. */
  show: (view: PaneView, options?: { focus?: boolean }) => void;
  /** Counts switches by keyboard: the shown view's switch then focuses its tab. */
  focusRequest: number;
}

/** The pane's views; absent outside a pane with views (the screens that say why it cannot work). */
export const ViewContext = createContext<ViewState | null>(null);

/** The pane's views, if any. */
export function useViews(): ViewState | null {
  return useContext(ViewContext);
}

/**
 * The view a frame belongs to, set around each view's content: a frame inside it (the view's own,
 * or the error boundary's) becomes that view's tab panel.
 */
export const FrameViewContext = createContext<PaneView | undefined>(undefined);

/** The view the frame being rendered belongs to, if the pane has views. */
export function useFrameView(): PaneView | undefined {
  return useContext(FrameViewContext);
}

const LABEL_KEYS = { meeting: "viewMeeting", colleagues: "viewColleagues" } as const;

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    minWidth: 0,
    columnGap: tokens.spacingHorizontalXXS,
    padding: tokens.spacingHorizontalXXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  tab: { minWidth: "auto" },
});

/**
 * The id of a view's tab in the switch of the frame it is in (each view's frame has its switch; the
 * hidden one keeps its own ids), and of the panel a view's frame shows.
 */
export const tabId = (view: PaneView, frame: PaneView = view): string =>
  `mg-view-tab-${view}-in-${frame}`;
export const panelId = (view: PaneView): string => `mg-view-${view}`;

/**
 * The switch between the views: a tab list of two (ARIA tabs: the arrow keys move between them,
 * Tab leaves the list; the chosen one is announced as selected). Shown only where there is more
 * than one view. Built on Fluent's Button, which the first look loads anyway, rather than on
 * Fluent's TabList, which would add to it.
 */
export function ViewSwitch() {
  const state = useViews();
  const styles = useStyles();
  const t = usePaneText();
  const refs = useRef(new Map<PaneView, HTMLButtonElement>());
  const frame = useFrameView();
  const focusRequest = state?.focusRequest ?? 0;
  const current = state?.current;
  // The switch of the view now shown takes the focus after a switch by keyboard: the other
  // view's switch, where the key was pressed, is hidden with its view.
  useEffect(() => {
    if (focusRequest === 0 || current === undefined || frame !== current) return;
    refs.current.get(current)?.focus();
  }, [focusRequest, current, frame]);
  if (!state || state.views.length < 2) return null;
  const { views, show } = state;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? 1
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? -1
          : 0;
    const target =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? views.length - 1
          : step !== 0
            ? (index + step + views.length) % views.length
            : -1;
    const view = views[target];
    if (view === undefined) return;
    event.preventDefault();
    show(view, { focus: true });
  };

  return (
    <div role="tablist" aria-label={t("viewSwitch")} className={styles.list}>
      {views.map((view, index) => {
        const selected = view === current;
        return (
          <Button
            key={view}
            ref={(element: HTMLButtonElement | null) => {
              if (element) refs.current.set(view, element);
              else refs.current.delete(view);
            }}
            id={tabId(view, frame)}
            role="tab"
            size="small"
            className={styles.tab}
            appearance={selected ? "primary" : "subtle"}
            aria-selected={selected}
            aria-controls={panelId(view)}
            tabIndex={selected ? 0 : -1}
            onClick={() => show(view)}
            onKeyDown={(event) => onKeyDown(event, index)}
            data-testid={`view-${view}`}
          >
            {t(LABEL_KEYS[view])}
          </Button>
        );
      })}
    </div>
  );
}
