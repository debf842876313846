import { cn } from "./cn";

/** Shared look of single-line form controls (also used by NativeSelect). */
export const controlClassName = cn(
  "w-full min-w-0 rounded-md border border-input bg-background px-3 text-base text-foreground shadow-xs sm:text-sm",
  "transition-[color,box-shadow] outline-none placeholder:text-muted-foreground",
  "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/40",
  "aria-invalid:border-destructive aria-invalid:focus-visible:ring-destructive/30",
  "disabled:cursor-not-allowed disabled:opacity-50",
);

export function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return (
    <input
      data-slot="input"
      type={type}
      className={cn(
        controlClassName,
        "h-10 py-2 pointer-coarse:h-11",
        "file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground",
        className,
      )}
      {...props}
    />
  );
}
