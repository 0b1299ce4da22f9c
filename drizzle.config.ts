// drizzle-kit: one schema, one migrations folder, applied by both drivers' migrators.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/storage/schema*.ts",
  out: "./src/storage/migrations",
});
