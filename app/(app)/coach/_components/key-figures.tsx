import { Activity, ClipboardCheck, Stethoscope, Users } from "lucide-react";
import { Stat } from "@/components/ui/stat";
import type { RouterOutputs } from "@/server/api/types";
import { ratioLabel } from "@/server/domain/adherence";

type Figures = RouterOutputs["dashboard"]["team"]["figures"];

export function KeyFigures({ figures: f }: { figures: Figures }) {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return (
    <section aria-label="Key figures" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Stat
        icon={Activity}
        label="Reporting pain this week"
        value={f.inPainThisWeek}
        hint={f.sharingPain < f.athletes ? `of ${f.sharingPain} who share pain details` : `of ${plural(f.athletes, "athlete")}`}
        tone={f.inPainThisWeek > 0 ? "warning" : "default"}
      />
      <Stat
        icon={Stethoscope}
        label="Open clinic cases"
        value={f.openCases}
        hint={f.urgentCases > 0 ? `${f.urgentCases} emergency or same day` : "None urgent"}
        tone={f.urgentCases > 0 ? "destructive" : "default"}
      />
      <Stat
        icon={ClipboardCheck}
        label="Mean adherence, 4 weeks"
        value={ratioLabel(f.meanAdherence)}
        hint={f.athletesWithDue > 0 ? `average of ${plural(f.athletesWithDue, "athlete")} with exercises due` : "No exercises due yet"}
      />
      <Stat icon={Users} label="Athletes" value={f.athletes} />
    </section>
  );
}
