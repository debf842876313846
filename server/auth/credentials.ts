import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";
import type { Role } from "../domain/vocab";
import { dummyHash, verifyPassword } from "./password";
import { signInSchema } from "./sign-in-schema";

export type AuthenticatedUser = { id: string; orgId: string; role: Role; name: string; email: string; sessionVersion: number };

/** One answer (null) for an unknown email, a wrong password and a deactivated account. */
export async function authenticate(db: DbOrTx, input: unknown): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  if (!user?.passwordHash) {
    await verifyPassword(await dummyHash(), password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || !user.active) return null;
  return {
    id: user.id,
    orgId: user.orgId,
    role: user.role,
    name: user.name,
    email: user.email,
    sessionVersion: user.sessionVersion,
  };
}
