/**
 * 1. Context: an inner part (database + viewer) that tests build directly, and a request part.
 * 2. Initialisation: the wire format (transformer.ts), and an error formatter that never sends SQL, stacks or data.
 * 3. Procedures: one builder per role; the viewer always comes from the session and the database.
 */
import { randomUUID } from "node:crypto";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import type { Db } from "../../db/client";
import type { Viewer } from "../auth/viewer";
import { offersTwoStep } from "../domain/two-step-rules";
import type { Role } from "../domain/vocab";
import { logger } from "../logger";
import { auditRefusal, auditWrite } from "../services/audit";
import { databaseRefusal, isDatabaseUnavailable } from "./errors";
import { transformer } from "./transformer";

// 1. Context
export type Context = { db: Db; viewer: Viewer | null; ip: string | null; requestId: string };

export function createContextInner(opts: { db: Db; viewer: Viewer | null; ip?: string | null }): Context {
  return { db: opts.db, viewer: opts.viewer, ip: opts.ip ?? null, requestId: randomUUID() };
}

/**
 * auditsItsWrite: the procedure records its write in the audit log itself, in the write's own transaction and
 * with what the generic record lacks (the record's id), so guardErrors does not add a second record.
 */
export type ProcedureMeta = { auditsItsWrite?: boolean };

/** The body itself is not JSON: say so, rather than pass on the parser's own wording. */
function notJson(error: TRPCError) {
  return error.code === "BAD_REQUEST" && error.cause instanceof SyntaxError;
}

// 2. Initialisation
const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  transformer,
  errorFormatter({ shape, error, ctx }) {
    const zod = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const unavailable = isDatabaseUnavailable(error.cause);
    if (internal) {
      logger.error({ err: error.cause ?? error, requestId: ctx?.requestId }, "internal error");
    }
    const message = zod
      ? firstZodMessage(error.cause as ZodError)
      : unavailable
        ? "The service is unavailable right now. Please try again in a moment."
        : internal
          ? `Something went wrong on our side. Reference: ${ctx?.requestId ?? "unknown"}`
          : notJson(error)
            ? "The request body is not valid JSON."
            : error.message;
    return {
      message,
      code: shape.code,
      data: {
        code: unavailable ? "SERVICE_UNAVAILABLE" : shape.data.code,
        httpStatus: unavailable ? 503 : shape.data.httpStatus,
        path: shape.data.path,
        requestId: internal ? ctx?.requestId : undefined,
        fieldErrors: zod?.fieldErrors ?? null,
      },
    };
  },
});

function firstZodMessage(err: ZodError): string {
  const issue = err.issues[0];
  if (!issue) return "The request is not valid.";
  const field = issue.path.join(".");
  return field ? `${field}: ${issue.message}` : issue.message;
}

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

// 3. Procedures
/**
 * Turns database outages into SERVICE_UNAVAILABLE, and records in the audit log every write
 * and every refused access of a signed-in person (a role refusal, or a record not theirs to see).
 */
const guardErrors = t.middleware(async ({ ctx, path, type, next, getRawInput, meta }) => {
  const result = await next();
  if (result.ok) {
    if (type === "mutation" && ctx.viewer && !meta?.auditsItsWrite) await auditWrite(ctx.db, { viewer: ctx.viewer, ip: ctx.ip, path, requestId: ctx.requestId, rawInput: await getRawInput().catch(() => null) });
    return result;
  }
  if (isDatabaseUnavailable(result.error.cause)) {
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "The service is unavailable right now.", cause: result.error.cause });
  }
  const refusal = result.error.code === "INTERNAL_SERVER_ERROR" ? databaseRefusal(result.error.cause) : null;
  if (refusal) {
    logger.warn({ err: result.error.cause, requestId: ctx.requestId, path }, "database refused a value");
    throw refusal;
  }
  const code = result.error.code;
  if (ctx.viewer && (code === "FORBIDDEN" || code === "NOT_FOUND")) {
    await auditRefusal(ctx.db, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, ip: ctx.ip, path, code, requestId: ctx.requestId });
  }
  return result;
});

export const publicProcedure = t.procedure.use(guardErrors);

const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});

export const TWO_STEP_DUE_MESSAGE =
  "Your organisation asks staff to use two-step sign-in. Set it up on your account page (Account, Two-step sign-in) to continue.";

/**
 * Every procedure but the two-step enrolment: a staff member whose organisation requires
 * two-step sign-in and who has not set it up is refused until they confirm a code. The flag
 * comes from the database on every request (resolveViewer), not from the token.
 */
export const protectedProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (ctx.viewer.twoStepDue) throw new TRPCError({ code: "FORBIDDEN", message: TWO_STEP_DUE_MESSAGE });
  return next({ ctx });
});

export function roleProcedure(...roles: Role[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.viewer.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "This is not available for your role." });
    }
    return next({ ctx });
  });
}

/** Two-step enrolment: staff only, and the one thing a session with enrolment due may reach. */
export const twoStepProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!offersTwoStep(ctx.viewer.role)) throw new TRPCError({ code: "FORBIDDEN", message: "This is not available for your role." });
  return next({ ctx });
});

export const athleteProcedure = roleProcedure("athlete");
export const coachProcedure = roleProcedure("coach", "admin");
export const physioProcedure = roleProcedure("physio");
export const clinicProcedure = roleProcedure("physio", "admin");
export const staffProcedure = roleProcedure("coach", "physio", "admin");
export const adminProcedure = roleProcedure("admin");
