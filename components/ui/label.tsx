import { cn } from "./cn";

/** A form label; `select-none` keeps a double click on it from selecting its text. */
export function Label({ className, ...props }: React.ComponentProps<"label">) {
  return (
    <label
      data-slot="label"
      className={cn(
        "flex items-center gap-2 text-sm leading-snug font-medium select-none",
        "peer-disabled:cursor-not-allowed peer-disabled:opacity-50 peer-data-disabled:cursor-not-allowed peer-data-disabled:opacity-50",
        "group-data-[disabled=true]:opacity-50",
        className,
      )}
      {...props}
    />
  );
}
