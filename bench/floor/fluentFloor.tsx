/**
 * The floor page of bench/floor.bench.mjs: React and Fluent UI v9 (the stack the brief prescribes)
 * showing the kind of first look the pane shows (a verdict with its icon, a sentence, the main
 * action, a message bar) and nothing of Mødeguide: no Office, no policy, no advisor, no time zones.
 * What this page takes is what any pane built on this stack takes before its first advice.
 *
 * Two ways, by the page's query: at once (the first look is React's first render, as the pane
 * renders it once Office is ready), or `?shell` (a shell, the provider and a header, is rendered
 * first, as a pane could render it while Office gets ready; the first look then comes as an
 * update, which is what would remain after Office.onReady).
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import { Video24Regular, VideoAdd20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

performance.mark("floor:modules-evaluated");

function Advice() {
  return (
    <main>
      <h2>
        <Video24Regular /> Hold mødet som videomøde
      </h2>
      <p>Mødet handler om noget konkret, og deltagerne sidder på flere matrikler.</p>
      <Button appearance="primary" icon={<VideoAdd20Regular />}>
        Tilføj videomøde
      </Button>
      <MessageBar intent="info">
        <MessageBarBody>Husk headset.</MessageBarBody>
      </MessageBar>
    </main>
  );
}

function FirstLook({ shell }: { shell: boolean }) {
  const [advised, setAdvised] = useState(!shell);
  // Marked as the pane marks its first advice: in an effect after React's commit.
  useEffect(() => {
    if (advised) {
      performance.mark("floor:committed");
      return;
    }
    performance.mark("floor:shell-committed");
    // The advice comes in a task of its own, as Office.onReady's callback would.
    const timer = window.setTimeout(() => {
      performance.mark("floor:advice");
      setAdvised(true);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [advised]);
  return (
    <FluentProvider theme={webLightTheme}>
      <header>
        <Text weight="semibold">Mødeguide</Text>
      </header>
      {advised ? <Advice /> : null}
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) {
  performance.mark("floor:render");
  createRoot(container).render(<FirstLook shell={location.search.includes("shell")} />);
}
