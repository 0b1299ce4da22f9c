/**
 * @module cli/user
 * `vigil user add NAME --role analyst|admin` (password from VIGIL_USER_PASSWORD or prompted
 * on the terminal, never as an argument that would sit in shell history) and `vigil user list`.
 */
import type { Command } from "commander";
import { createInterface } from "node:readline/promises";
import { createAuthService } from "../app/auth-service.js";
import { ValidationError } from "../domain/errors.js";
import { sqlSessionStore, sqlUserStore } from "../storage/sql-web-auth.js";
import { getVigil } from "./context.js";

async function readPassword(): Promise<string> {
  if (process.env.VIGIL_USER_PASSWORD) return process.env.VIGIL_USER_PASSWORD;
  if (!process.stdin.isTTY) {
    // Piped: the first line of stdin is the password.
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) return line;
    throw new ValidationError("password", "none given on stdin");
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const out = rl as unknown as { _writeToOutput?: (s: string) => void };
  const answer = rl.question("Password: ");
  out._writeToOutput = () => {}; // do not echo the password
  const pw = await answer;
  rl.close();
  process.stderr.write("\n");
  return pw;
}

export function register(program: Command): void {
  const user = program.command("user").description("Manage analysts and admins of the web app");
  user
    .command("add <username>")
    .description("Create a user (password from VIGIL_USER_PASSWORD, stdin, or a prompt)")
    .option("--role <role>", "analyst or admin", "analyst")
    .action(async (username: string, o: { role: string }) => {
      if (o.role !== "analyst" && o.role !== "admin") throw new ValidationError("role", "must be analyst or admin");
      const vigil = await getVigil();
      const auth = createAuthService({ users: sqlUserStore(vigil.db), sessions: sqlSessionStore(vigil.db) });
      const created = await auth.addUser({ username, password: await readPassword(), role: o.role });
      process.stdout.write(`created ${created.role} ${created.username}\n`);
    });
  user
    .command("list")
    .description("List users")
    .action(async () => {
      const vigil = await getVigil();
      const auth = createAuthService({ users: sqlUserStore(vigil.db), sessions: sqlSessionStore(vigil.db) });
      for (const u of await auth.listUsers()) process.stdout.write(`${u.username}\t${u.role}\t${u.createdAt}\n`);
    });
}
