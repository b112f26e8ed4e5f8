import type { ErrorInfo, ReactNode } from "react";
import { Component, Fragment } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular } from "@fluentui/react-icons";
import { usePaneText } from "../locale";
import { PaneFrame } from "./PaneFrame";

/** Props of ErrorBoundary. */
export interface ErrorBoundaryProps {
  /**
   * What it guards: a node, or a function of the attempt (0 at first, 1 after the first "Prøv
   * igen", …) for children that should start differently when mounted again.
   */
  children: ReactNode | ((attempt: number) => ReactNode);
  /**
   * Told of every error caught, with React's component stack. The project has no logger yet; React
   * itself reports caught errors to the browser's console.
   */
  onError?: (error: unknown, componentStack: string | undefined) => void;
}

interface ErrorBoundaryState {
  failed: boolean;
  attempt: number;
}

/**
 * Keeps the pane from going blank: when a component below throws while rendering, it shows what
 * happened and "Prøv igen", which mounts the pane afresh (its state and its reads start over). It
 * only renders: it writes nothing to Office, so the meeting is exactly as the person left it.
 * Errors in event handlers and effects are not render errors; the pane reports those itself.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info.componentStack ?? undefined);
  }

  private readonly retry = (): void => {
    this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.failed) return <RenderFailure onRetry={this.retry} />;
    const { children } = this.props;
    // A new key on every attempt: React mounts the children anew instead of reusing their state.
    return (
      <Fragment key={this.state.attempt}>
        {typeof children === "function" ? children(this.state.attempt) : children}
      </Fragment>
    );
  }
}

/** The pane's frame with the failure told plainly (role alert) and "Prøv igen". */
function RenderFailure({ onRetry }: { onRetry: () => void }) {
  const t = usePaneText();
  return (
    <PaneFrame>
      <MessageBar intent="error" role="alert" layout="multiline" data-testid="render-error">
        <MessageBarBody>
          <MessageBarTitle>{t("errorTitle")}</MessageBarTitle> {t("errorRender")}
        </MessageBarBody>
        <MessageBarActions>
          <Button icon={<ArrowClockwise20Regular />} onClick={onRetry}>
            {t("retry")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </PaneFrame>
  );
}
