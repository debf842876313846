import { UsersRound } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Role } from "@/server/domain/vocab";

const ABOUT: Record<Role, string> = {
  coach: "The teams you coach. You see their athletes.",
  physio: "As a physiotherapist you see the cases of every team.",
  admin: "As an admin you manage every team.",
  athlete: "Your team's coaches follow your exercises and see what you choose to share about pain.",
};

export function MyTeams({ role, teams }: { role: Role; teams: { id: string; name: string }[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{role === "athlete" ? "Your team" : "Your teams"}</h2>
        </CardTitle>
        <CardDescription>{ABOUT[role]}</CardDescription>
      </CardHeader>
      <CardContent>
        {teams.length === 0 ? (
          <p className="text-sm text-muted-foreground">You are not in a team yet. An admin of your organisation can add you to one.</p>
        ) : (
          <ul className="flex flex-wrap gap-2" aria-label="Teams">
            {teams.map((t) => (
              <li key={t.id} className="inline-flex items-center gap-1.5 rounded-md border border-border px-3 py-1.5 text-sm">
                <UsersRound aria-hidden className="size-4 text-muted-foreground" />
                {t.name}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
