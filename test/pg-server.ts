import postgres from "postgres";

/** The PostgreSQL server tests may use: TEST_DATABASE_URL, else the usual local one. */
export const pgServerUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Whether that server answers (tests that need one are skipped, and say so, when it does not). */
export async function pgServerAnswers(): Promise<boolean> {
  const probe = postgres(pgServerUrl, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 });
  }
}
