import { controlClassName } from "./input";
import { cn } from "./cn";

/** Multi-line text; grows with its content (where supported) from a 6rem minimum. */
export function Textarea({ className, rows = 3, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      data-slot="textarea"
      rows={rows}
      className={cn(controlClassName, "field-sizing-content min-h-24 py-2 leading-relaxed", className)}
      {...props}
    />
  );
}
