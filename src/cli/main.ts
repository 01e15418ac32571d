// `debrief`: a thin layer over the same service functions the API calls.
import { Command, CommanderError } from "commander";
import { z } from "zod";
import { DataDirInUseError } from "../data/data-dir-lock.js";
import { Problem } from "../domain/errors.js";
import { createOrganization } from "../features/organizations/create-organization.js";
import { Email, Password, PersonName } from "../features/shared/schemas.js";
import { ConfigError, loadConfig } from "../server/config.js";
import { serve } from "../server/serve.js";
import { registerAnalyticsCommand } from "./analytics-command.js";
import { registerBackupCommands } from "./backup-commands.js";
import { type DatabaseOptions, withDatabase, withDatabaseOptions } from "./database-options.js";
import { InterruptedError, registerHistoryCommands } from "./history-commands.js";
import { registerLintCommand } from "./lint-command.js";

class UsageError extends Error {}

export function buildProgram(): Command {
  const program = new Command("debrief")
    .description("Honest, specific, benchmarked feedback after technical interviews.")
    .showHelpAfterError()
    .exitOverride();

  withDatabaseOptions(
    program
      .command("serve")
      .description("start the web app and API")
      .option("--port <port>", "port to listen on (default: $PORT or 3000)", parsePort),
  ).action(async (options: DatabaseOptions & { port?: number }) => {
    const config = loadConfig(process.env, { dataDir: options.dataDir, port: options.port });
    await serve(config);
  });

  withDatabaseOptions(program.command("migrate").description("apply the database migrations and exit")).action(
    async (options: DatabaseOptions) => {
      await withDatabase(options, async (database) => {
        console.log(`Migrations applied to ${database.describe()}.`);
      });
    },
  );

  const org = program.command("org").description("organisations");
  withDatabaseOptions(
    org
      .command("create")
      .description("create an organisation with its first admin")
      .argument("<name>", "the organisation's name")
      .requiredOption("--admin-email <email>", "the admin's email")
      .requiredOption("--admin-password <password>", "the admin's password (at least 10 characters)")
      .option("--admin-name <name>", "the admin's name (default: the part of the email before @)")
      .option("--json", "print the result as JSON"),
  ).action(
    async (
      name: string,
      options: DatabaseOptions & { adminEmail: string; adminPassword: string; adminName?: string; json?: boolean },
    ) => {
      const input = parseOrThrow(
        z.object({ name: PersonName, adminEmail: Email, adminPassword: Password, adminName: PersonName }),
        {
          name,
          adminEmail: options.adminEmail,
          adminPassword: options.adminPassword,
          adminName: options.adminName ?? options.adminEmail.split("@")[0] ?? "Admin",
        },
        { name: "NAME", adminEmail: "--admin-email", adminPassword: "--admin-password", adminName: "--admin-name" },
      );
      const { organization, admin } = await withDatabase(options, (database) =>
        database.db.transaction((tx) =>
          createOrganization(tx as never, {
            organizationName: input.name,
            adminName: input.adminName,
            adminEmail: input.adminEmail,
            adminPassword: input.adminPassword,
          }),
        ),
      );
      const result = {
        organization: { id: organization.orgId, name: organization.name },
        admin: { id: admin.id, name: admin.name, email: admin.email, role: admin.role },
      };
      if (options.json) console.log(JSON.stringify(result, null, 2));
      else
        console.log(`Created organisation "${organization.name}" (${organization.orgId}) with admin ${admin.email}.`);
    },
  );

  registerHistoryCommands(program);
  registerAnalyticsCommand(program);
  registerLintCommand(program);
  registerBackupCommands(program);
  return program;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: expected a whole number from 0 to 65535, got "${value}"`);
  return port;
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, names: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) => `${names[String(issue.path[0])] ?? issue.path.join(".")}: ${issue.message}`,
  );
  throw new UsageError(lines.join("\n"));
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  if (error instanceof InterruptedError) {
    console.error(`debrief: ${error.message}`);
    return 130;
  }
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof DataDirInUseError) {
    console.error(`debrief: ${error.message}`);
    return 2;
  }
  if (error instanceof Problem) {
    console.error(`debrief: ${error.message}`);
    return 1;
  }
  console.error("debrief: failed:", error);
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv);
