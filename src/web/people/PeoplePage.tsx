import { Stack } from "@mantine/core";
import type { Me } from "../api/types";
import { PageHeader } from "../shared/PageHeader";
import { InvitationsTable } from "./InvitationsTable";
import { InvitePanel } from "./InvitePanel";
import { PeopleTable } from "./PeopleTable";

export function PeoplePage({ me }: { me: Me }) {
  const isAdmin = me.user.role === "admin";
  return (
    <>
      <PageHeader
        title="People"
        description={
          isAdmin
            ? `Everyone in ${me.organization.name}, and the invitations you have sent.`
            : `Everyone in ${me.organization.name}.`
        }
      />
      <Stack gap="lg">
        {isAdmin ? <InvitePanel /> : null}
        <PeopleTable me={me} />
        {isAdmin ? <InvitationsTable /> : null}
      </Stack>
    </>
  );
}
