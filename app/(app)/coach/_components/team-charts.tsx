import { NewCasesChart } from "@/components/charts/new-cases-chart";
import type { RouterOutputs } from "@/server/api/types";
import { AdherenceByTeamChart } from "./adherence-by-team-chart";
import { PainBandsChart } from "./pain-bands-chart";

export function TeamCharts({ data }: { data: RouterOutputs["dashboard"]["team"] }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <AdherenceByTeamChart rows={data.adherenceByTeam} weeks={data.range.weeks} />
      <PainBandsChart weeks={data.painBands} partial={data.painHiddenForSome} />
      <NewCasesChart weeks={data.newCases} description="Cases the escalation rules opened for the athletes shown." />
    </div>
  );
}
