// What the server tells the sign-in form, in a module of its own: the form loads the schemas
// (and zod) only when it first checks a field, but needs these words with the page.

/** The error next-auth passes to the form when the attempt limit is reached. */
export const THROTTLED_ERROR = "TooManyAttempts";
/** The password was right and the account uses two-step sign-in: the form asks for a code. */
export const CODE_REQUIRED_ERROR = "TwoStepCodeRequired";
/** The password was right but the code was not (wrong, expired or used before). */
export const CODE_INVALID_ERROR = "TwoStepCodeInvalid";
