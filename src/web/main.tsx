import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./app/App";
import { createQueryClient } from "./app/query-client";
import { theme } from "./app/theme";
import { startOutbox } from "./interviews/outbox";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");

// Notes kept on this device from an earlier visit are sent as soon as the app starts, whatever page it shows.
startOutbox();

// The service worker (public/sw.js) keeps the page loadable offline, so a reload with the laptop offline
// still shows the cockpit. Only in the built app: in development it would cache modules being edited.
if (import.meta.env.MODE === "production" && "serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => undefined);
}

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={createQueryClient()}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
