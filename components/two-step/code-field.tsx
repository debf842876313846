import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** The 6-digit code box: numeric keyboard on phones, and the code from an SMS-less app autofill. */
export function CodeField({ label, error, ...props }: { label: string; error?: string } & React.ComponentProps<"input">) {
  return (
    <Field label={label} error={error}>
      <Input
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]*"
        maxLength={9}
        placeholder="123 456"
        className="max-w-40 font-mono tracking-widest"
        {...props}
      />
    </Field>
  );
}
