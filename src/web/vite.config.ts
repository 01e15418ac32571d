// Builds the React app into <repo>/dist/web, which the server serves. `vite --config src/web/vite.config.ts`
// runs a dev server that forwards the API to a Debrief started separately on port 3000.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import mantinePreset from "postcss-preset-mantine";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const api = "http://localhost:3000";

export default defineConfig({
  root,
  plugins: [react()],
  css: { postcss: { plugins: [mantinePreset()] } },
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    // One bundle for now (React, Mantine, zod); split per page once the app grows past its foundation.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { "/api": api, "/healthz": api },
  },
});
