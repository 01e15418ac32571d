import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/data/schema.ts", "./src/data/feedback-schema.ts", "./src/data/candidate-schema.ts"],
  out: "./drizzle",
});
