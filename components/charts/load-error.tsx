import { Alert } from "@/components/ui/alert";

/** What a dashboard section shows when its query fails; the message is the server's, already safe to show. */
export function LoadError({ what, message }: { what: string; message: string }) {
  return (
    <Alert variant="destructive" title={`The ${what} could not be loaded`}>
      {message} Reload the page to try again.
    </Alert>
  );
}
